package org.fairflow.workers.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** An SMS provider that counts what it accepts and fails once on request. */
class CountingSmsGateway implements SmsGateway {

	record Sms(String to, String body) {
	}

	private final List<Sms> accepted = new CopyOnWriteArrayList<>();

	private final AtomicReference<Exception> nextFailure = new AtomicReference<>();

	@Override
	public String send(String to, String body) throws Exception {
		Exception failure = this.nextFailure.getAndSet(null);
		if (failure != null) {
			throw failure;
		}
		this.accepted.add(new Sms(to, body));
		return "SM-test-" + this.accepted.size();
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
