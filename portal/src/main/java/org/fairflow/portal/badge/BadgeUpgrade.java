package org.fairflow.portal.badge;

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
import org.fairflow.portal.quota.BadgeType;

/**
 * An upgrade with a fee, from the request to the switch of rights (or its withdrawal).
 */
@Entity
@Table(name = "badge_upgrade")
class BadgeUpgrade {

	enum Status {

		/** Waiting for the unit to pay the payment item. */
		PENDING,
		/** Paid: the person has the new type. */
		SWITCHED,
		/** Withdrawn by the unit, or the badge ended before payment. */
		WITHDRAWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Column(name = "case_id", nullable = false, updatable = false)
	private String caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_type", nullable = false, updatable = false)
	private BadgeType fromType;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_type", nullable = false, updatable = false)
	private BadgeType toType;

	@Column(nullable = false, updatable = false)
	private BigDecimal fee;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "payment_item_id", nullable = false, updatable = false)
	private Long paymentItemId;

	@Column(name = "charged_org_id", nullable = false, updatable = false)
	private Long chargedOrgId;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "settled_at")
	private Instant settledAt;

	protected BadgeUpgrade() {
	}

	BadgeUpgrade(Long personId, String caseId, BadgeType fromType, BadgeType toType, BigDecimal fee, String reason,
			Long paymentItemId, Long chargedOrgId, String requestedBy) {
		this.personId = personId;
		this.caseId = caseId;
		this.fromType = fromType;
		this.toType = toType;
		this.fee = fee;
		this.reason = (reason.length() > 500) ? reason.substring(0, 500) : reason;
		this.paymentItemId = paymentItemId;
		this.chargedOrgId = chargedOrgId;
		this.requestedBy = requestedBy;
		this.status = Status.PENDING;
		this.requestedAt = Instant.now();
	}

	void settle(Status status) {
		this.status = status;
		this.settledAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	Long getPersonId() {
		return this.personId;
	}

	String getCaseId() {
		return this.caseId;
	}

	BadgeType getFromType() {
		return this.fromType;
	}

	public BadgeType getToType() {
		return this.toType;
	}

	public BigDecimal getFee() {
		return this.fee;
	}

	public String getReason() {
		return this.reason;
	}

	public Status getStatus() {
		return this.status;
	}

	Long getPaymentItemId() {
		return this.paymentItemId;
	}

	Long getChargedOrgId() {
		return this.chargedOrgId;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

}
