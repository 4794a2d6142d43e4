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

/**
 * One person's fee, owed by the case it was requested for: the badge fee, or a paid
 * upgrade of the badge.
 */
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

	/** What the item pays for; a case owes at most one item of each. */
	enum Purpose {

		/** The badge fee (request-payment): paying it publishes badge-paid. */
		BADGE,
		/** A badge upgrade with a fee: paying it publishes {@link UpgradePaid}. */
		UPGRADE

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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Purpose purpose = Purpose.BADGE;

	@Column(name = "upgrade_to")
	private String upgradeTo;

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

	/** The fee of an upgrade to {@code upgradeTo} (a badge type's name). */
	static PaymentItem upgrade(String caseId, Long personId, String personName, Long unitId, BigDecimal fee,
			String upgradeTo) {
		PaymentItem item = new PaymentItem(caseId, personId, personName, unitId, fee);
		item.purpose = Purpose.UPGRADE;
		item.upgradeTo = upgradeTo;
		return item;
	}

	/**
	 * A withdrawn upgrade asked for again: the same row owes the new fee (one item per
	 * case and purpose).
	 */
	void reopen(BigDecimal fee, String upgradeTo) {
		this.fee = fee;
		this.upgradeTo = upgradeTo;
		this.orderId = null;
		status(Status.OPEN);
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

	public Purpose getPurpose() {
		return this.purpose;
	}

	/** The new badge type of an upgrade item, else null. */
	public String getUpgradeTo() {
		return this.upgradeTo;
	}

	public boolean isUpgrade() {
		return this.purpose == Purpose.UPGRADE;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
