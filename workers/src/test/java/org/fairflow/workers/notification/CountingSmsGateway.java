package org.fairflow.workers.notification;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An SMS provider that counts what it accepts, fails once on request and finds what it
 * accepted (by number and text) when asked about an unknown outcome.
 */
class CountingSmsGateway implements SmsGateway {

	record Sms(String sid, String to, String body) {
	}

	private final List<Sms> accepted = new CopyOnWriteArrayList<>();

	private final AtomicReference<Exception> nextFailure = new AtomicReference<>();

	@Override
	public String send(String to, String body) throws Exception {
		Exception failure = this.nextFailure.getAndSet(null);
		if (failure != null) {
			throw failure;
		}
		String sid = "SM-test-" + (this.accepted.size() + 1);
		this.accepted.add(new Sms(sid, to, body));
		return sid;
	}

	@Override
	public List<String> findSent(String to, String body, Instant attemptStartedAt) {
		return this.accepted.stream()
			.filter((sms) -> sms.to().equals(to) && sms.body().equals(body))
			.map(Sms::sid)
			.toList();
	}

	void failNext(Exception failure) {
		this.nextFailure.set(failure);
	}

	List<Sms> accepted(String to) {
		return this.accepted.stream().filter((sms) -> sms.to().equals(to)).toList();
	}

	@Override
	public String provider() {
		return "twilio";
	}

	@Override
	public boolean simulated() {
		return false;
	}

}
