package org.fairflow.portal.unified;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A delegation's unified-payment switch and per-unit cap (null = no cap). */
@Entity
@Table(name = "unified_payment")
class UnifiedSetting {

	@Id
	@Column(name = "delegation_id")
	private Long delegationId;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "unit_cap")
	private Integer unitCap;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected UnifiedSetting() {
	}

	Long getDelegationId() {
		return this.delegationId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Integer getUnitCap() {
		return this.unitCap;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void switchTo(boolean enabled, String actor, Instant now) {
		this.enabled = enabled;
		touch(actor, now);
	}

	void cap(Integer unitCap, String actor, Instant now) {
		this.unitCap = unitCap;
		touch(actor, now);
	}

	private void touch(String actor, Instant now) {
		this.updatedBy = actor;
		this.updatedAt = now;
	}

}
