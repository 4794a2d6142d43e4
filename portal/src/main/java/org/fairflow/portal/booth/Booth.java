package org.fairflow.portal.booth;

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

import org.fairflow.portal.exhibit.ItemStatus;

/**
 * An exhibitor's booth: its audit status and which revisions are pending and live.
 * Columns: Flyway V12_20.
 */
@Entity
@Table(name = "booth")
class Booth {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "exhibitor_id", nullable = false, updatable = false)
	private Long exhibitorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemStatus status;

	/** The draft or the revision in audit; null once approved. */
	@Column(name = "pending_revision_id")
	private Long pendingRevisionId;

	/** What the public sees; null while never approved or hidden for a re-audit. */
	@Column(name = "live_revision_id")
	private Long liveRevisionId;

	/** The last approved revision, live or hidden: what a re-audit compares with. */
	@Column(name = "approved_revision_id")
	private Long approvedRevisionId;

	@Column(name = "case_id")
	private String caseId;

	@Column(name = "rejection_opinion")
	private String rejectionOpinion;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Booth() {
	}

	Booth(Long exhibitorId) {
		this.exhibitorId = exhibitorId;
		this.status = ItemStatus.DRAFT;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	void draft(Long revisionId) {
		this.pendingRevisionId = revisionId;
		this.status = ItemStatus.DRAFT;
		touch();
	}

	/** Submitted for audit: a live booth is hidden until the new revision is approved. */
	void submitted(Long revisionId, String caseId) {
		this.pendingRevisionId = revisionId;
		this.liveRevisionId = null;
		this.caseId = caseId;
		this.status = ItemStatus.AWAITING_AUDIT;
		this.rejectionOpinion = null;
		touch();
	}

	/** Edited while waiting, before any reviewer claimed it: the same case audits it. */
	void revised(Long revisionId) {
		this.pendingRevisionId = revisionId;
		touch();
	}

	void underAudit() {
		this.status = ItemStatus.UNDER_AUDIT;
		touch();
	}

	void approved(Long revisionId) {
		this.liveRevisionId = revisionId;
		this.approvedRevisionId = revisionId;
		if (revisionId.equals(this.pendingRevisionId)) {
			this.pendingRevisionId = null;
		}
		this.status = ItemStatus.APPROVED;
		this.rejectionOpinion = null;
		touch();
	}

	void rejected(String opinion) {
		this.status = ItemStatus.REJECTED;
		this.rejectionOpinion = opinion;
		touch();
	}

	void withdrawn() {
		this.status = ItemStatus.DRAFT;
		touch();
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	Long getExhibitorId() {
		return this.exhibitorId;
	}

	ItemStatus getStatus() {
		return this.status;
	}

	Long getPendingRevisionId() {
		return this.pendingRevisionId;
	}

	Long getLiveRevisionId() {
		return this.liveRevisionId;
	}

	Long getApprovedRevisionId() {
		return this.approvedRevisionId;
	}

	String getCaseId() {
		return this.caseId;
	}

	String getRejectionOpinion() {
		return this.rejectionOpinion;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
