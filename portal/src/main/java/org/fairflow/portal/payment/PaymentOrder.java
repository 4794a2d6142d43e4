package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's order: the open items it pays at once, online or by bank transfer. */
@Entity
@Table(name = "payment_order")
class PaymentOrder {

	enum Status {

		/** Waiting for payment; may be cancelled. */
		PENDING,
		/** A bank-transfer receipt waits for finance. */
		TRANSFER_SUBMITTED,
		/** Paid: final. */
		PAID,
		/** Cancelled by the unit, or emptied by cancelled applications: final. */
		CANCELLED;

		boolean live() {
			return this == PENDING || this == TRANSFER_SUBMITTED;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private BigDecimal total;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "paid_at")
	private Instant paidAt;

	@Column(name = "paid_by")
	private String paidBy;

	@Column(name = "payment_attempt", nullable = false)
	private int paymentAttempt;

	@Column(name = "payment_failed", nullable = false)
	private boolean paymentFailed;

	@Column(name = "session_id")
	private String sessionId;

	@Column(name = "transfer_case_id")
	private String transferCaseId;

	@Column(name = "finance_comment")
	private String financeComment;

	@Version
	private long version;

	protected PaymentOrder() {
	}

	PaymentOrder(Long unitId, BigDecimal total, String createdBy) {
		this.unitId = unitId;
		this.total = total;
		this.createdBy = createdBy;
		this.status = Status.PENDING;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	/** The gateway reference of the current attempt: a failed payment gets a new one. */
	String paymentReference() {
		return "order-" + this.id + "-" + this.paymentAttempt;
	}

	void sessionOpened(String sessionId) {
		this.sessionId = sessionId;
		touch();
	}

	void paymentFailed() {
		this.paymentAttempt++;
		this.paymentFailed = true;
		this.sessionId = null;
		touch();
	}

	void paid(String how) {
		this.status = Status.PAID;
		this.paidBy = how;
		this.paidAt = Instant.now();
		this.paymentFailed = false;
		touch();
	}

	void cancel() {
		this.status = Status.CANCELLED;
		touch();
	}

	void transferSubmitted(String caseId) {
		this.status = Status.TRANSFER_SUBMITTED;
		this.transferCaseId = caseId;
		this.financeComment = null;
		touch();
	}

	void transferRejected(String comment) {
		this.status = Status.PENDING;
		this.financeComment = comment;
		touch();
	}

	/** The lines changed: a session opened for the old amount must not be reused. */
	void total(BigDecimal total) {
		this.total = total;
		if (this.sessionId != null) {
			this.paymentAttempt++;
			this.sessionId = null;
		}
		touch();
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Status getStatus() {
		return this.status;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPaidAt() {
		return this.paidAt;
	}

	public String getPaidBy() {
		return this.paidBy;
	}

	public boolean isPaymentFailed() {
		return this.paymentFailed;
	}

	public String getSessionId() {
		return this.sessionId;
	}

	public String getTransferCaseId() {
		return this.transferCaseId;
	}

	public String getFinanceComment() {
		return this.financeComment;
	}

}
