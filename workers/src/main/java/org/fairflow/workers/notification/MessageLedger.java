package org.fairflow.workers.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change of a message row, each in its own short transaction with the row locked,
 * so that no provider call ever runs inside one.
 *
 * <p>
 * An attempt works on a message only while it holds the row's claim (a random token). It
 * takes the claim under the row lock: a first attempt, a retry after a refusal, or, when
 * the row is PENDING or UNKNOWN and its owner cannot still be running, a reconciliation
 * (the row becomes UNKNOWN). Every later change is made only if the attempt still holds
 * the claim. So two attempts never both send: the second one either waits or has taken
 * the row over from an owner that is gone, and a late answer of that owner changes
 * nothing.
 */
class MessageLedger {

	/** What an attempt is to do with its message. */
	enum Step {

		/** Sent, recorded or reconciled before: nothing to do. */
		DONE,
		/** Another attempt owns the row and may still be at the provider: try later. */
		BUSY,
		/** Send (a first attempt, or a retry after a refusal). */
		SEND,
		/** The last attempt's outcome is unknown: find out before sending again. */
		RECONCILE

	}

	/**
	 * What {@link #claim} decided.
	 *
	 * @param step what to do
	 * @param message the row as it was decided (detached); null for BUSY after a
	 * concurrent first insert
	 * @param token the attempt's claim; null for DONE and BUSY
	 * @param retryAfter for BUSY: how much longer the owner may still run
	 */
	record Claim(Step step, OutboundMessage message, String token, Duration retryAfter) {

		static Claim of(Step step, OutboundMessage message, String token) {
			return new Claim(step, message, token, Duration.ZERO);
		}

	}

	private final OutboundMessageRepository messages;

	private final TransactionTemplate transactions;

	private final Duration inFlightLimit;

	/** Begins every claim token of this process: an owner that is not this process. */
	private final String process = UUID.randomUUID() + "/";

	private final boolean soleProcess;

	/**
	 * @param soleProcess no other process works on these messages: a claim that this
	 * process did not take was taken by an earlier one, which is gone
	 */
	MessageLedger(OutboundMessageRepository messages, PlatformTransactionManager transactionManager,
			Duration inFlightLimit, boolean soleProcess) {
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
		this.inFlightLimit = inFlightLimit;
		this.soleProcess = soleProcess;
	}

	/** Decides, with the row locked, what this attempt does; takes the claim if any. */
	Claim claim(OutboundRequest request, String provider) {
		try {
			return this.transactions.execute((tx) -> claimLocked(request, provider));
		}
		catch (DataIntegrityViolationException ex) {
			// Another first attempt inserted the row a moment ago (unique key): try again
			// shortly. Any other violation is a fault, never a reason to wait.
			if (this.messages.findByIdempotencyKey(request.idempotencyKey()).isPresent()) {
				return new Claim(Step.BUSY, null, null, Duration.ofSeconds(1));
			}
			throw ex;
		}
	}

	private Claim claimLocked(OutboundRequest request, String provider) {
		Instant now = now();
		Optional<OutboundMessage> found = this.messages.lockByKey(request.idempotencyKey());
		if (found.isEmpty()) {
			OutboundMessage message = new OutboundMessage(request, now);
			String token = token();
			message.beginAttempt(request, provider, token, null, now);
			// Flushed here so that a concurrent first attempt fails on the unique key
			// now.
			return Claim.of(Step.SEND, this.messages.saveAndFlush(message), token);
		}
		OutboundMessage message = found.get();
		if (message.getStatus().done()) {
			return Claim.of(Step.DONE, message, null);
		}
		String token = token();
		if (message.getStatus().open()) {
			Duration wait = (this.soleProcess && !message.claimedWithin(this.process)) ? Duration.ZERO
					: message.ownerMayStillRun(now, this.inFlightLimit);
			if (!wait.isZero()) {
				return new Claim(Step.BUSY, message, null, wait);
			}
			message.takeUnknown(token, now);
			return Claim.of(Step.RECONCILE, this.messages.save(message), token);
		}
		// FAILED: the provider refused, so nothing was sent.
		message.beginAttempt(request, provider, token, null, now);
		return Claim.of(Step.SEND, this.messages.save(message), token);
	}

	/**
	 * Starts one more attempt to send after an unknown outcome, keeping the claim.
	 * @return empty when another attempt has taken the row meanwhile
	 */
	Optional<Claim> sendAgain(Claim claim, OutboundRequest request, String provider, DeliveryNote note) {
		return ifHeld(claim, (message, now) -> message.beginAttempt(request, provider, claim.token(), note, now))
			.map((message) -> Claim.of(Step.SEND, message, claim.token()));
	}

	/**
	 * Changes the row if the attempt still holds its claim.
	 * @return the changed row, or empty when another attempt has taken it over
	 */
	Optional<OutboundMessage> ifHeld(Claim claim, BiConsumer<OutboundMessage, Instant> change) {
		return this.transactions.execute((tx) -> {
			OutboundMessage message = this.messages.lockById(claim.message().getId())
				.orElseThrow(() -> new IllegalStateException("Message " + claim.message().getId() + " vanished"));
			if (!message.claimedBy(claim.token())) {
				return Optional.empty();
			}
			change.accept(message, now());
			return Optional.of(this.messages.save(message));
		});
	}

	/** The row as it stands now. */
	OutboundMessage current(Claim claim) {
		return this.transactions.execute((tx) -> this.messages.findById(claim.message().getId()).orElseThrow());
	}

	/** Every message of a case, oldest first, with masked recipients. */
	List<SentMessage> forCase(String caseId) {
		return this.transactions.execute((tx) -> this.messages.findByCaseIdOrderByCreatedAtAscIdAsc(caseId)
			.stream()
			.map(OutboundMessage::view)
			.toList());
	}

	/** Whether another message already holds this provider id (it cannot be ours). */
	boolean heldByAnother(String providerRef, OutboundMessage message) {
		return Boolean.TRUE.equals(this.transactions
			.execute((tx) -> this.messages.existsByProviderRefAndIdNot(providerRef, message.getId())));
	}

	private String token() {
		return this.process + UUID.randomUUID();
	}

	/**
	 * PostgreSQL keeps microseconds; truncating keeps stored and returned times equal.
	 */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
