package org.fairflow.portal.refund;

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

/**
 * A unit's request to refund some paid items of one order; its state follows the refund
 * case (process {@code refund}, business key = this id).
 */
@Entity
@Table(name = "refund_request")
class Refund {

	enum State {

		REQUESTED, REFUSED, REJECTED, APPROVED, AWAITING_BUYER, REVERSED, LAPSED, REFUNDED;

		/**
		 * A request that ended without money going back: its items may be asked again.
		 */
		boolean releasesClaims() {
			return this == REFUSED || this == REJECTED || this == LAPSED;
		}

		boolean finished() {
			return releasesClaims() || this == REFUNDED;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "order_id", nullable = false, updatable = false)
	private Long orderId;

	@Column(name = "case_id")
	private String caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(nullable = false, updatable = false)
	private String channel;

	@Column(nullable = false, updatable = false)
	private BigDecimal amount;

	@Column(name = "invoice_number")
	private String invoiceNumber;

	private String reason;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "refunded_at")
	private Instant refundedAt;

	@Column(name = "refunded_amount")
	private BigDecimal refundedAmount;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Refund() {
	}

	Refund(Long unitId, Long orderId, String channel, BigDecimal amount, String invoiceNumber, String requestedBy) {
		this.unitId = unitId;
		this.orderId = orderId;
		this.channel = channel;
		this.amount = amount;
		this.invoiceNumber = invoiceNumber;
		this.requestedBy = requestedBy;
		this.state = State.REQUESTED;
		this.requestedAt = Instant.now();
		this.updatedAt = this.requestedAt;
	}

	void opened(String caseId) {
		this.caseId = caseId;
	}

	/** Moves to the case's state; a finished request stays as it ended. */
	boolean moveTo(State next, String reason) {
		if (this.state == next || this.state.finished()) {
			return false;
		}
		this.state = next;
		this.updatedAt = Instant.now();
		if (reason != null) {
			this.reason = reason;
		}
		if (next == State.REFUSED || next == State.REJECTED || next == State.APPROVED) {
			this.decidedAt = this.updatedAt;
		}
		if (next == State.REFUNDED) {
			this.refundedAt = this.updatedAt;
			this.refundedAmount = this.amount;
		}
		return true;
	}

	String reference() {
		return reference(this.id);
	}

	static String reference(Long id) {
		return "refund-" + id;
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getOrderId() {
		return this.orderId;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public State getState() {
		return this.state;
	}

	public String getChannel() {
		return this.channel;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getInvoiceNumber() {
		return this.invoiceNumber;
	}

	public String getReason() {
		return this.reason;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public Instant getRefundedAt() {
		return this.refundedAt;
	}

	public BigDecimal getRefundedAmount() {
		return this.refundedAmount;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
