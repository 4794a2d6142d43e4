package org.fairflow.portal.exhibit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audit round of an item: one {@code exhibit-audit} case. Columns: Flyway V12_10. */
@Entity
@Table(name = "exhibit_audit")
class ExhibitAudit {

	@Id
	@Column(name = "case_id")
	private String caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_kind", nullable = false, updatable = false)
	private ItemKind kind;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(name = "exhibitor_id", nullable = false, updatable = false)
	private Long exhibitorId;

	/** The revision the case audits now (an edit before the claim moves it on). */
	@Column(name = "revision_id", nullable = false)
	private Long revisionId;

	@Column(name = "audited_revision_id")
	private Long auditedRevisionId;

	@Column(nullable = false)
	private String status;

	@Column(name = "withdraw_reason")
	private String withdrawReason;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ExhibitAudit() {
	}

	ExhibitAudit(String caseId, ItemKind kind, Long itemId, Long exhibitorId, Long revisionId, Instant at) {
		this.caseId = caseId;
		this.kind = kind;
		this.itemId = itemId;
		this.exhibitorId = exhibitorId;
		this.revisionId = revisionId;
		this.status = ItemStatus.AWAITING_AUDIT.name();
		this.createdAt = at;
		this.updatedAt = at;
	}

	void revised(Long revisionId) {
		this.revisionId = revisionId;
		this.updatedAt = Instant.now();
	}

	void audited(Long revisionId) {
		this.auditedRevisionId = revisionId;
		this.updatedAt = Instant.now();
	}

	void withdraw(String reason, Instant at) {
		this.withdrawReason = reason;
		this.withdrawnAt = at;
		this.updatedAt = at;
	}

	void status(String status) {
		this.status = status;
		this.updatedAt = Instant.now();
		if (this.withdrawnAt != null && !"WITHDRAWN".equals(status)
				&& !ItemStatus.AWAITING_AUDIT.name().equals(status)) {
			// The audit decided before the withdrawal reached it: the withdrawal is spent
			// and is not published again after an engine start.
			this.withdrawReason = null;
			this.withdrawnAt = null;
		}
	}

	/** The revision a status is about: the one decided on, once there is one. */
	Long subjectRevisionId() {
		return (this.auditedRevisionId != null) ? this.auditedRevisionId : this.revisionId;
	}

	String getCaseId() {
		return this.caseId;
	}

	ItemKind getKind() {
		return this.kind;
	}

	Long getItemId() {
		return this.itemId;
	}

	Long getExhibitorId() {
		return this.exhibitorId;
	}

	Long getRevisionId() {
		return this.revisionId;
	}

	String getStatus() {
		return this.status;
	}

	String getWithdrawReason() {
		return this.withdrawReason;
	}

	Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

}
