package org.fairflow.portal.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.fairflow.portal.external.TwilioStub;

/**
 * What the units were told: the approval SMS at the Twilio stub ({@value #SMS_TEXT}, from
 * {@code Task_SmsApproved} of {@code unit-review.bpmn}) and the approval e-mail at
 * GreenMail (subject {@value #MAIL_SUBJECT}, {@code Task_EmailApproved}). A unit counts
 * as approved when both arrived; the e-mail comes after the SMS on the path. Watched by a
 * thread of its own, so that the time each message was first seen is known.
 */
final class Approvals implements AutoCloseable {

	static final String SMS_TEXT = "已通过审核";

	static final String MAIL_SUBJECT = "单位审核通过";

	private final TwilioStub twilio;

	private final GreenMail mail;

	private final Duration every;

	/** First approval SMS per phone (E.164). */
	private final Map<String, Instant> smsAt = new ConcurrentHashMap<>();

	/** Approval SMS per phone: more than one must never happen. */
	private final Map<String, Integer> smsCount = new ConcurrentHashMap<>();

	/** First approval e-mail per address, as seen by the watcher. */
	private final Map<String, Instant> mailAt = new ConcurrentHashMap<>();

	private final Thread watcher;

	private volatile boolean closed;

	private int smsSeen;

	Approvals(TwilioStub twilio, GreenMail mail, Duration every) {
		this.twilio = twilio;
		this.mail = mail;
		this.every = every;
		this.watcher = Thread.ofPlatform().daemon().name("approvals-watcher").start(this::watch);
	}

	private void watch() {
		while (!this.closed) {
			try {
				poll();
				Thread.sleep(this.every);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException | MessagingException ex) {
				// A message being stored while it is read: the next round reads it again.
			}
		}
	}

	private synchronized void poll() throws MessagingException {
		List<TwilioStub.Accepted> accepted = this.twilio.accepted();
		for (TwilioStub.Accepted sms : accepted.subList(this.smsSeen, accepted.size())) {
			if (sms.body() != null && sms.body().contains(SMS_TEXT)) {
				this.smsAt.putIfAbsent(sms.to(), sms.at());
				this.smsCount.merge(sms.to(), 1, Integer::sum);
			}
		}
		this.smsSeen = accepted.size();
		Instant now = Instant.now();
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			Address[] recipients = message.getAllRecipients();
			if (recipients == null || !MAIL_SUBJECT.equals(message.getSubject())) {
				continue;
			}
			for (Address recipient : recipients) {
				this.mailAt.putIfAbsent(recipient.toString(), now);
			}
		}
	}

	/** When the unit had both messages, or null. */
	Instant completedAt(int unit) {
		Instant sms = this.smsAt.get(AutoApprovals.mobile(unit));
		Instant mail = this.mailAt.get(AutoApprovals.email(unit));
		if (sms == null || mail == null) {
			return null;
		}
		return sms.isAfter(mail) ? sms : mail;
	}

	boolean hasSms(int unit) {
		return this.smsAt.containsKey(AutoApprovals.mobile(unit));
	}

	/**
	 * Waits until every unit has both messages, or the bound passed; then the latest
	 * completion, or null when some unit is still missing.
	 */
	Instant await(Collection<Integer> units, Duration bound) throws InterruptedException {
		Instant deadline = Instant.now().plus(bound);
		while (true) {
			Instant last = Instant.MIN;
			boolean all = true;
			for (int unit : units) {
				Instant at = completedAt(unit);
				if (at == null) {
					all = false;
					break;
				}
				last = at.isAfter(last) ? at : last;
			}
			if (all) {
				return last;
			}
			if (Instant.now().isAfter(deadline)) {
				return null;
			}
			Thread.sleep(this.every);
		}
	}

	/** The units of {@code units} without both messages. */
	List<Integer> missing(Collection<Integer> units) {
		return units.stream().filter((unit) -> completedAt(unit) == null).sorted().toList();
	}

	/** Phones that got the approval SMS more than once, with how often. */
	Map<String, Integer> repeatedSms() {
		Map<String, Integer> repeated = new HashMap<>();
		this.smsCount.forEach((phone, count) -> {
			if (count > 1) {
				repeated.put(phone, count);
			}
		});
		return repeated;
	}

	@Override
	public void close() throws InterruptedException {
		this.closed = true;
		this.watcher.interrupt();
		this.watcher.join(5000);
	}

}
