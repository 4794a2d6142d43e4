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

/** One person's badge fee, owed by the case it was requested for. */
@Entity
@Table(name = "payment_item")
class PaymentItem {

	enum Status {

		/** Waiting to be paid (possibly on a pending order). */
		OPEN,
		/** Paid: the case went on. */
		PAID,
		/** The application was cancelled or rejected before payment. */
		WITHDRAWN,
		/** Paid, then cancelled or rejected: the refund comes with billing. */
		REFUNDABLE,
		/** Paid back by a refund (portal {@code refund}): never refunded again. */
		REFUNDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private String caseId;

	@Column(name = "person_id")
	private Long personId;

	@Column(name = "person_name", nullable = false)
	private String personName;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private BigDecimal fee;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "order_id")
	private Long orderId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected PaymentItem() {
	}

	PaymentItem(String caseId, Long personId, String personName, Long unitId, BigDecimal fee) {
		this.caseId = caseId;
		this.personId = personId;
		this.personName = personName;
		this.unitId = unitId;
		this.fee = fee;
		this.status = Status.OPEN;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	void status(Status status) {
		this.status = status;
		this.updatedAt = Instant.now();
	}

	void leaveOrder() {
		this.orderId = null;
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getPersonName() {
		return this.personName;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public BigDecimal getFee() {
		return this.fee;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getOrderId() {
		return this.orderId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
