package org.fairflow.portal.refund;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The payback of an online refund through the gateway: stored ATTEMPTING and committed
 * before the gateway is called, PAID_BACK after. A row still ATTEMPTING means nobody saw
 * the outcome of the last call: ask the gateway before calling again.
 */
@Entity
@Table(name = "refund_payback")
class Payback {

	static final String ATTEMPTING = "ATTEMPTING";

	static final String PAID_BACK = "PAID_BACK";

	@Id
	@Column(name = "refund_id")
	private Long refundId;

	@Column(nullable = false, updatable = false)
	private String reference;

	@Column(nullable = false)
	private String state;

	@Column(nullable = false, updatable = false)
	private BigDecimal amount;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(nullable = false)
	private boolean reconciled;

	protected Payback() {
	}

	Payback(Long refundId, String reference, BigDecimal amount) {
		this.refundId = refundId;
		this.reference = reference;
		this.amount = amount;
		this.state = ATTEMPTING;
		this.attempts = 1;
		this.startedAt = Instant.now();
	}

	void attemptAgain() {
		this.attempts++;
		this.startedAt = Instant.now();
	}

	void paidBack(Instant at, boolean reconciled) {
		this.state = PAID_BACK;
		this.completedAt = (at != null) ? at : Instant.now();
		this.reconciled = reconciled;
		this.lastError = null;
	}

	void failed(String error) {
		this.lastError = (error == null) ? null : ((error.length() > 500) ? error.substring(0, 500) : error);
	}

	boolean isPaidBack() {
		return PAID_BACK.equals(this.state);
	}

	public Long getRefundId() {
		return this.refundId;
	}

	public String getReference() {
		return this.reference;
	}

	public String getState() {
		return this.state;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public boolean isReconciled() {
		return this.reconciled;
	}

}
