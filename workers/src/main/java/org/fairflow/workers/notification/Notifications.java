package org.fairflow.workers.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.fairflow.workers.job.RetryLater;
import org.fairflow.workers.notification.MessageLedger.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends SMS and e-mail effectively once per idempotency key, and keeps every message for
 * the case history.
 *
 * <p>
 * The provider is called outside any database transaction, so a slow provider holds no
 * connection or lock; each attempt is recorded (PENDING) before the call. When a later
 * attempt finds an attempt whose outcome nobody saw (its worker died during the call, its
 * job timed out, the provider did not answer), it does not simply send again, since SMS
 * providers offer no idempotency key: it takes the row (UNKNOWN) and asks the provider's
 * own records. Found: RECONCILED, not sent again. Not found: sent again (one more
 * attempt, noted). The lookup fails: the job fails and is retried, nothing is sent. SMTP
 * cannot be asked: an e-mail is sent again with the same Message-ID. An owner that may
 * still be at the provider (younger than the in-flight limit) is waited for, never
 * overtaken. See {@link MessageLedger} for the claim that keeps two attempts from both
 * sending.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final MessageLedger ledger;

	private final SmsGateway sms;

	private final MailGateway mail;

	/**
	 * @param inFlightLimit how long one provider call can last at the most: an attempt
	 * older than this cannot still be at the provider, so its outcome is unknown rather
	 * than pending. Must exceed the gateways' longest call (Twilio: 30 s) and stay below
	 * the job timeout (5 min)
	 * @param soleProcess true when no other process sends this database's messages (the
	 * portal with its embedded engine): an attempt begun by an earlier process, which
	 * died, is reconciled at once instead of after the in-flight limit
	 */
	Notifications(OutboundMessageRepository messages, SmsGateway sms, MailGateway mail,
			PlatformTransactionManager transactionManager,
			@Value("${fairflow.notification.in-flight-limit:PT1M}") Duration inFlightLimit,
			@Value("${fairflow.notification.sole-process:false}") boolean soleProcess) {
		if (inFlightLimit.isNegative() || inFlightLimit.isZero()) {
			throw new IllegalArgumentException("fairflow.notification.in-flight-limit must be positive");
		}
		if (inFlightLimit.getSeconds() <= SingleTryHttpClient.LONGEST_CALL_SECONDS) {
			log.warn(
					"fairflow.notification.in-flight-limit {} is not longer than a Twilio call can take ({} s): "
							+ "an SMS still in flight may be sent twice",
					inFlightLimit, SingleTryHttpClient.LONGEST_CALL_SECONDS);
		}
		this.ledger = new MessageLedger(messages, transactionManager, inFlightLimit, soleProcess);
		this.sms = sms;
		this.mail = mail;
	}

	/**
	 * Sends a message unless its key was sent, recorded or reconciled before.
	 * @throws DeliveryFailedException when the provider refuses, does not answer, or
	 * cannot be asked about an unknown outcome; a later call with the same key goes on
	 * from there
	 * @throws RetryLater when another attempt of the same key may still be at the
	 * provider
	 */
	public SendOutcome send(OutboundRequest request) {
		String provider = (request.channel() == Channel.SMS) ? this.sms.provider() : this.mail.provider();
		Claim claim = this.ledger.claim(request, provider);
		return switch (claim.step()) {
			case DONE -> {
				log.info("{} {} for case {} to {} was {} before; not sent again", request.channel(),
						request.idempotencyKey(), request.caseId(), masked(request), claim.message().getStatus());
				yield outcome(claim.message(), true);
			}
			case BUSY -> throw busy(request, claim.retryAfter());
			case RECONCILE -> reconcile(request, provider, claim);
			case SEND -> deliver(request, claim);
		};
	}

	/** Every message of a case, oldest first, with masked recipients. */
	public List<SentMessage> forCase(String caseId) {
		return this.ledger.forCase(caseId);
	}

	/**
	 * The last attempt's outcome is unknown. SMS: the provider's records decide; e-mail
	 * (SMTP has no such records) and the logging gateways: sent (or recorded) again.
	 */
	private SendOutcome reconcile(OutboundRequest request, String provider, Claim claim) {
		OutboundMessage unknown = claim.message();
		if (request.channel() == Channel.SMS) {
			Optional<String> found = lookUp(request, claim);
			if (found.isPresent()) {
				OutboundMessage reconciled = this.ledger
					.ifHeld(claim, (message, now) -> message.reconciled(found.get(), now))
					.orElseThrow(() -> busy(request, Duration.ofSeconds(1)));
				log.info(
						"{} {} for case {} to {}: attempt {} had an unknown outcome; {} has it ({}): RECONCILED, "
								+ "not sent again",
						request.channel(), request.idempotencyKey(), request.caseId(), masked(request),
						unknown.getAttempts(), provider, found.get());
				return outcome(reconciled, false);
			}
		}
		DeliveryNote note = simulated(request.channel()) ? DeliveryNote.RECORDED_AGAIN
				: (request.channel() == Channel.SMS) ? DeliveryNote.NOT_FOUND_SENT_AGAIN
						: DeliveryNote.RESENT_SAME_MESSAGE_ID;
		Claim again = this.ledger.sendAgain(claim, request, provider, note)
			.orElseThrow(() -> busy(request, Duration.ofSeconds(1)));
		log.info("{} {} for case {} to {}: attempt {} had an unknown outcome; {}, attempt {}", request.channel(),
				request.idempotencyKey(), request.caseId(), masked(request), unknown.getAttempts(), note,
				again.message().getAttempts());
		return deliver(request, again);
	}

	/**
	 * Asks the SMS provider for the unknown attempt's text (as stored, which the template
	 * may since have changed) from the attempt's start; skips provider ids that other
	 * messages hold already (the same text may go to one number for two cases).
	 */
	private Optional<String> lookUp(OutboundRequest request, Claim claim) {
		OutboundMessage unknown = claim.message();
		try {
			return this.sms.findSent(unknown.getRecipient(), unknown.getBody(), unknown.getAttemptStartedAt())
				.stream()
				.filter((ref) -> !this.ledger.heldByAnother(ref, unknown))
				.findFirst();
		}
		catch (Exception ex) {
			String error = safe(request,
					"Lookup failed, nothing sent: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			this.ledger.ifHeld(claim, (message, now) -> message.stillUnknown(error, now));
			log.warn("{} {} for case {} to {}: attempt {} had an unknown outcome and {}", request.channel(),
					request.idempotencyKey(), request.caseId(), masked(request), unknown.getAttempts(), error);
			throw new DeliveryFailedException(error);
		}
	}

	private SendOutcome deliver(OutboundRequest request, Claim claim) {
		String providerRef;
		try {
			providerRef = call(request);
		}
		catch (OutcomeUnknownException ex) {
			String error = safe(request, ex.getMessage());
			this.ledger.ifHeld(claim, (message, now) -> message.stillUnknown(error, now));
			log.warn(
					"{} {} for case {} to {}: attempt {} got no answer, checked with the provider before any "
							+ "resend: {}",
					request.channel(), request.idempotencyKey(), request.caseId(), masked(request),
					claim.message().getAttempts(), error);
			throw new DeliveryFailedException(error);
		}
		catch (Exception ex) {
			String error = safe(request, ex.getClass().getSimpleName() + ": " + ex.getMessage());
			OutboundMessage failed = this.ledger.ifHeld(claim, (message, now) -> message.failed(error, now))
				.orElse(claim.message());
			log.warn("{} {} for case {} to {} failed on attempt {}: {}", request.channel(), request.idempotencyKey(),
					request.caseId(), masked(request), claim.message().getAttempts(), error);
			throw new DeliveryFailedException((failed.getLastError() != null) ? failed.getLastError() : error);
		}
		MessageStatus status = simulated(request.channel()) ? MessageStatus.RECORDED : MessageStatus.SENT;
		Optional<OutboundMessage> delivered = this.ledger.ifHeld(claim,
				(message, now) -> message.delivered(status, providerRef, now));
		if (delivered.isEmpty()) {
			// This attempt outlived the in-flight limit and another one took the row
			// over.
			OutboundMessage current = this.ledger.current(claim);
			log.warn(
					"{} {} for case {} to {}: attempt {} was accepted ({}) after another attempt had taken the "
							+ "message over, which made it {} ({}){}",
					request.channel(), request.idempotencyKey(), request.caseId(), masked(request),
					claim.message().getAttempts(), providerRef, current.getStatus(), current.getProviderRef(),
					providerRef.equals(current.getProviderRef()) ? "" : ": the recipient may have it twice");
			return outcome(current, true);
		}
		log.info("{} {} for case {} to {}: {} via {} ({})", request.channel(), request.idempotencyKey(),
				request.caseId(), masked(request), status, delivered.get().getProvider(), providerRef);
		return outcome(delivered.get(), false);
	}

	private String call(OutboundRequest request) throws Exception {
		if (request.channel() == Channel.SMS) {
			return this.sms.send(request.recipient(), request.body(), request.secrets());
		}
		return this.mail.send(request.idempotencyKey(), request.recipient(),
				(request.subject() != null) ? request.subject() : "", request.body(), request.secrets());
	}

	/**
	 * A provider's error text as operators may read it (stored, logged, the job's error):
	 * without the message's secrets, contact data masked. A provider may quote the text.
	 */
	private static String safe(OutboundRequest request, String error) {
		return Masking.scrub(request.secrets().hide(error));
	}

	private RetryLater busy(OutboundRequest request, Duration wait) {
		log.info("{} {} for case {}: another attempt owns it and may still be at the provider; tried again in {}",
				request.channel(), request.idempotencyKey(), request.caseId(), wait);
		return new RetryLater("Another attempt of " + request.idempotencyKey() + " may still be at the provider", wait);
	}

	private boolean simulated(Channel channel) {
		return (channel == Channel.SMS) ? this.sms.simulated() : this.mail.simulated();
	}

	private static String masked(OutboundRequest request) {
		return Masking.recipient(request.channel(), request.recipient());
	}

	private static SendOutcome outcome(OutboundMessage message, boolean repeated) {
		return new SendOutcome(message.getId(), message.getStatus(), message.getAttempts(), message.getProviderRef(),
				repeated);
	}

}
