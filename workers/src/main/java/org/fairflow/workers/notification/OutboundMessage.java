package org.fairflow.workers.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One SMS or e-mail, from its first attempt on. The unique idempotency key is what makes
 * the send workers safe to re-run; the claim (token and time) says which attempt owns the
 * row while it is PENDING or UNKNOWN, so that two attempts never both send.
 */
@Entity
@Table(name = "notification_message")
class OutboundMessage {

	/** Longer provider errors are cut; the head says what went wrong. */
	static final int MAX_ERROR_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "idempotency_key", nullable = false, unique = true, updatable = false)
	private String idempotencyKey;

	@Column(name = "case_id", nullable = false, updatable = false)
	private String caseId;

	@Column(name = "element_id", nullable = false, updatable = false)
	private String elementId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Channel channel;

	@Column(nullable = false)
	private String recipient;

	private String subject;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MessageStatus status;

	private String provider;

	@Column(name = "provider_ref")
	private String providerRef;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "attempt_started_at")
	private Instant attemptStartedAt;

	@Column(name = "claim_token")
	private String claimToken;

	@Column(name = "claimed_at")
	private Instant claimedAt;

	@Column(name = "reconciled_at")
	private Instant reconciledAt;

	@Enumerated(EnumType.STRING)
	private DeliveryNote note;

	protected OutboundMessage() {
	}

	OutboundMessage(OutboundRequest request, Instant now) {
		this.idempotencyKey = request.idempotencyKey();
		this.caseId = request.caseId();
		this.elementId = request.elementId();
		this.channel = request.channel();
		this.status = MessageStatus.PENDING;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Starts an attempt to send, owned by {@code token}; takes the latest text, as a
	 * process owner may have fixed it.
	 * @param note how an unknown earlier outcome was resolved; null keeps the note
	 */
	void beginAttempt(OutboundRequest request, String provider, String token, DeliveryNote note, Instant now) {
		this.recipient = request.recipient();
		this.subject = request.subject();
		this.body = request.body();
		this.provider = provider;
		this.status = MessageStatus.PENDING;
		this.attempts++;
		this.attemptStartedAt = now;
		if (note != null) {
			this.note = note;
		}
		claim(token, now);
	}

	/**
	 * A new attempt found the last one's outcome unknown and takes the row to reconcile
	 * it; the last attempt, should it still answer, no longer owns the row.
	 */
	void takeUnknown(String token, Instant now) {
		this.status = MessageStatus.UNKNOWN;
		claim(token, now);
	}

	/**
	 * How much longer the row's owner may still be at work, or empty when nobody owns the
	 * row or its owner has been gone for longer than one provider call can take.
	 */
	Duration ownerMayStillRun(Instant now, Duration inFlightLimit) {
		if (this.claimToken == null || this.claimedAt == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(now, this.claimedAt.plus(inFlightLimit));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** Whether the row's claim was taken by the process whose tokens begin so. */
	boolean claimedWithin(String processPrefix) {
		return this.claimToken != null && this.claimToken.startsWith(processPrefix);
	}

	boolean claimedBy(String token) {
		return token.equals(this.claimToken);
	}

	void delivered(MessageStatus outcome, String providerRef, Instant now) {
		this.status = outcome;
		this.providerRef = providerRef;
		this.sentAt = now;
		release(now);
	}

	/** The provider's records show the unknown attempt accepted: done, not sent again. */
	void reconciled(String providerRef, Instant now) {
		this.status = MessageStatus.RECONCILED;
		this.providerRef = providerRef;
		this.reconciledAt = now;
		this.sentAt = now;
		release(now);
	}

	/** The provider refused: nothing was sent. The caller has masked the text already. */
	void failed(String maskedError, Instant now) {
		this.status = MessageStatus.FAILED;
		this.lastError = cut(maskedError);
		release(now);
	}

	/**
	 * Still not known whether the provider has the message (it did not answer, or could
	 * not be asked): the next attempt reconciles at once, as nobody owns the row.
	 */
	void stillUnknown(String maskedError, Instant now) {
		this.status = MessageStatus.UNKNOWN;
		this.lastError = cut(maskedError);
		release(now);
	}

	private void claim(String token, Instant now) {
		this.claimToken = token;
		this.claimedAt = now;
		this.updatedAt = now;
	}

	private void release(Instant now) {
		this.claimToken = null;
		this.claimedAt = null;
		this.updatedAt = now;
	}

	private static String cut(String maskedError) {
		return (maskedError != null && maskedError.length() > MAX_ERROR_LENGTH)
				? maskedError.substring(0, MAX_ERROR_LENGTH) : maskedError;
	}

	SentMessage view() {
		return new SentMessage(this.channel, Masking.recipient(this.channel, this.recipient), this.subject, this.body,
				this.status, this.note, this.provider, this.attempts, this.lastError, this.createdAt, this.sentAt,
				this.reconciledAt, this.elementId);
	}

	Long getId() {
		return this.id;
	}

	String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getBody() {
		return this.body;
	}

	Channel getChannel() {
		return this.channel;
	}

	/**
	 * When the latest attempt to send began; for a row from before this was recorded, its
	 * creation, which only widens the search at the provider.
	 */
	Instant getAttemptStartedAt() {
		return (this.attemptStartedAt != null) ? this.attemptStartedAt : this.createdAt;
	}

	DeliveryNote getNote() {
		return this.note;
	}

	MessageStatus getStatus() {
		return this.status;
	}

	String getProvider() {
		return this.provider;
	}

	String getProviderRef() {
		return this.providerRef;
	}

	int getAttempts() {
		return this.attempts;
	}

	String getLastError() {
		return this.lastError;
	}

}
