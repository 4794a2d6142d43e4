package org.fairflow.portal.unified;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The delegation agreed to pay one person's badge (one badge-review case). */
@Entity
@Table(name = "unified_payment_confirmation")
class Confirmation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, unique = true, updatable = false)
	private String caseId;

	@Column(name = "delegation_id", nullable = false, updatable = false)
	private Long delegationId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(nullable = false, updatable = false)
	private boolean overridden;

	@Column(name = "confirmed_by", nullable = false, updatable = false)
	private String confirmedBy;

	@Column(name = "confirmed_at", nullable = false, updatable = false)
	private Instant confirmedAt;

	protected Confirmation() {
	}

	Confirmation(String caseId, Long delegationId, Long unitId, boolean overridden, String confirmedBy,
			Instant confirmedAt) {
		this.caseId = caseId;
		this.delegationId = delegationId;
		this.unitId = unitId;
		this.overridden = overridden;
		this.confirmedBy = confirmedBy;
		this.confirmedAt = confirmedAt;
	}

	boolean isOverridden() {
		return this.overridden;
	}

	Long getUnitId() {
		return this.unitId;
	}

}
