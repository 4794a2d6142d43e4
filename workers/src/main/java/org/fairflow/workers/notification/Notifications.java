package org.fairflow.workers.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends SMS and e-mail at most once per idempotency key, and keeps every message for the
 * case history.
 *
 * <p>
 * The provider is called outside any database transaction, so a slow provider holds no
 * connection or lock. The price is at-least-once delivery: if the process dies after the
 * provider accepted a message but before it was marked sent, the next attempt sends
 * again. Nothing short of a provider-side idempotency key could avoid that, and SMS
 * providers offer none.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final OutboundMessageRepository messages;

	private final SmsGateway sms;

	private final MailGateway mail;

	private final TransactionTemplate transactions;

	Notifications(OutboundMessageRepository messages, SmsGateway sms, MailGateway mail,
			PlatformTransactionManager transactionManager) {
		this.messages = messages;
		this.sms = sms;
		this.mail = mail;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Sends a message unless its key was sent (or recorded) before.
	 * @throws DeliveryFailedException when the provider refuses or cannot be reached; the
	 * message is then FAILED and a later call with the same key tries again
	 */
	public SendOutcome send(OutboundRequest request) {
		String provider = (request.channel() == Channel.SMS) ? this.sms.provider() : this.mail.provider();
		OutboundMessage attempt = this.transactions.execute((tx) -> begin(request, provider));
		String to = Masking.recipient(request.channel(), request.recipient());
		if (attempt.getStatus().done()) {
			log.info("{} {} for case {} to {} was {} before; not sent again", request.channel(),
					request.idempotencyKey(), request.caseId(), to, attempt.getStatus());
			return outcome(attempt, true);
		}
		String providerRef;
		try {
			providerRef = deliver(request);
		}
		catch (Exception ex) {
			String error = Masking.scrub(ex.getClass().getSimpleName() + ": " + ex.getMessage());
			OutboundMessage failed = this.transactions
				.execute((tx) -> update(attempt.getId(), (message) -> message.failed(error, now())));
			log.warn("{} {} for case {} to {} failed on attempt {}: {}", request.channel(), request.idempotencyKey(),
					request.caseId(), to, failed.getAttempts(), error);
			throw new DeliveryFailedException(failed.getLastError());
		}
		MessageStatus status = simulated(request.channel()) ? MessageStatus.RECORDED : MessageStatus.SENT;
		OutboundMessage delivered = this.transactions
			.execute((tx) -> update(attempt.getId(), (message) -> message.delivered(status, providerRef, now())));
		log.info("{} {} for case {} to {}: {} via {} ({})", request.channel(), request.idempotencyKey(),
				request.caseId(), to, status, provider, providerRef);
		return outcome(delivered, false);
	}

	/** Every message of a case, oldest first, with masked recipients. */
	public List<SentMessage> forCase(String caseId) {
		return this.transactions.execute((tx) -> this.messages.findByCaseIdOrderByCreatedAtAscIdAsc(caseId)
			.stream()
			.map(OutboundMessage::view)
			.toList());
	}

	private OutboundMessage begin(OutboundRequest request, String provider) {
		OutboundMessage message = this.messages.findByIdempotencyKey(request.idempotencyKey())
			.orElseGet(() -> new OutboundMessage(request, now()));
		if (message.getStatus().done()) {
			return message;
		}
		message.beginAttempt(request, provider, now());
		// Flushed here so that a concurrent first attempt fails on the unique key, not
		// later.
		return this.messages.saveAndFlush(message);
	}

	private String deliver(OutboundRequest request) throws Exception {
		if (request.channel() == Channel.SMS) {
			return this.sms.send(request.recipient(), request.body());
		}
		return this.mail.send(request.idempotencyKey(), request.recipient(),
				(request.subject() != null) ? request.subject() : "", request.body());
	}

	private boolean simulated(Channel channel) {
		return (channel == Channel.SMS) ? this.sms.simulated() : this.mail.simulated();
	}

	private OutboundMessage update(Long id, Consumer<OutboundMessage> change) {
		OutboundMessage message = this.messages.findById(id)
			.orElseThrow(() -> new IllegalStateException("Message " + id + " vanished"));
		change.accept(message);
		return this.messages.save(message);
	}

	private static SendOutcome outcome(OutboundMessage message, boolean repeated) {
		return new SendOutcome(message.getId(), message.getStatus(), message.getAttempts(), message.getProviderRef(),
				repeated);
	}

	/**
	 * PostgreSQL keeps microseconds; truncating keeps stored and returned times equal.
	 */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
