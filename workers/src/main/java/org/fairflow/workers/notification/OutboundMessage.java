package org.fairflow.workers.notification;

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
 * the send workers safe to re-run.
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

	/** Starts an attempt; takes the latest text, as a process owner may have fixed it. */
	void beginAttempt(OutboundRequest request, String provider, Instant now) {
		this.recipient = request.recipient();
		this.subject = request.subject();
		this.body = request.body();
		this.provider = provider;
		this.status = MessageStatus.PENDING;
		this.attempts++;
		this.updatedAt = now;
	}

	void delivered(MessageStatus outcome, String providerRef, Instant now) {
		this.status = outcome;
		this.providerRef = providerRef;
		this.sentAt = now;
		this.updatedAt = now;
	}

	/** Records a failure; the caller has masked the text already. */
	void failed(String maskedError, Instant now) {
		this.status = MessageStatus.FAILED;
		this.lastError = (maskedError != null && maskedError.length() > MAX_ERROR_LENGTH)
				? maskedError.substring(0, MAX_ERROR_LENGTH) : maskedError;
		this.updatedAt = now;
	}

	SentMessage view() {
		return new SentMessage(this.channel, Masking.recipient(this.channel, this.recipient), this.subject, this.body,
				this.status, this.provider, this.attempts, this.lastError, this.createdAt, this.sentAt, this.elementId);
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

	MessageStatus getStatus() {
		return this.status;
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
