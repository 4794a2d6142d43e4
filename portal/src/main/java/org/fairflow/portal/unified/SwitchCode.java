package org.fairflow.portal.unified;

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
 * One SMS verification code for switching unified payment, kept only as a hash. It is
 * good for one switch, until it expires or has been tried {@link #MAX_ATTEMPTS} times
 * wrongly.
 */
@Entity
@Table(name = "unified_payment_code")
class SwitchCode {

	static final int MAX_ATTEMPTS = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "delegation_id", nullable = false, updatable = false)
	private Long delegationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SwitchAction action;

	@Column(name = "code_hash", nullable = false, updatable = false)
	private String codeHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(nullable = false)
	private int attempts;

	@Column(nullable = false)
	private boolean used;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	protected SwitchCode() {
	}

	SwitchCode(Long delegationId, SwitchAction action, String codeHash, Instant createdAt, Instant expiresAt,
			String requestedBy) {
		this.delegationId = delegationId;
		this.action = action;
		this.codeHash = codeHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.requestedBy = requestedBy;
	}

	/**
	 * Why this code can no longer switch anything at {@code now}, or null while it can. A
	 * message key of the page.
	 */
	String deadReason(Instant now) {
		if (this.used) {
			return "unified.code.none";
		}
		if (this.attempts >= MAX_ATTEMPTS) {
			return "unified.code.dead";
		}
		if (!now.isBefore(this.expiresAt)) {
			return "unified.code.expired";
		}
		return null;
	}

	/** A wrong code was entered; returns the attempts left. */
	int wrongAttempt() {
		this.attempts++;
		return Math.max(0, MAX_ATTEMPTS - this.attempts);
	}

	void use() {
		this.used = true;
	}

	SwitchAction getAction() {
		return this.action;
	}

	String getCodeHash() {
		return this.codeHash;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	int getAttempts() {
		return this.attempts;
	}

	boolean isUsed() {
		return this.used;
	}

}
