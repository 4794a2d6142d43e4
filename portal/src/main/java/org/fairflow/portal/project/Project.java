package org.fairflow.portal.project;

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
 * An exhibitor's project: its audit status, its pending and live revisions, whether the
 * exhibitor lists it and whether the organiser forced it off. Columns: Flyway V12_30.
 */
@Entity
@Table(name = "project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "exhibitor_id", nullable = false, updatable = false)
	private Long exhibitorId;

	@Column(nullable = false, updatable = false)
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemStatus status;

	@Column(name = "pending_revision_id")
	private Long pendingRevisionId;

	/** The approved revision; null until approved and while an edit awaits audit. */
	@Column(name = "live_revision_id")
	private Long liveRevisionId;

	@Column(name = "case_id")
	private String caseId;

	@Column(name = "rejection_opinion")
	private String rejectionOpinion;

	private boolean listed;

	/** Set by the organiser's forced unlisting; cleared only by a new approval. */
	@Column(name = "forced_reason")
	private String forcedReason;

	@Column(name = "forced_at")
	private Instant forcedAt;

	@Column(name = "forced_by")
	private String forcedBy;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Project() {
	}

	Project(Long exhibitorId, String number) {
		this.exhibitorId = exhibitorId;
		this.number = number;
		this.status = ItemStatus.DRAFT;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	void draft(Long revisionId) {
		this.pendingRevisionId = revisionId;
		this.status = ItemStatus.DRAFT;
		touch();
	}

	/** Submitted: an approved project is unlisted and hidden until approved again. */
	void submitted(Long revisionId, String caseId) {
		this.pendingRevisionId = revisionId;
		this.liveRevisionId = null;
		this.listed = false;
		this.caseId = caseId;
		this.status = ItemStatus.AWAITING_AUDIT;
		this.rejectionOpinion = null;
		touch();
	}

	void revised(Long revisionId) {
		this.pendingRevisionId = revisionId;
		touch();
	}

	void underAudit() {
		this.status = ItemStatus.UNDER_AUDIT;
		touch();
	}

	/** The audited revision is live and listable; a forced unlisting is lifted. */
	void approved(Long revisionId) {
		this.liveRevisionId = revisionId;
		if (revisionId.equals(this.pendingRevisionId)) {
			this.pendingRevisionId = null;
		}
		this.status = ItemStatus.APPROVED;
		this.rejectionOpinion = null;
		this.forcedReason = null;
		this.forcedAt = null;
		this.forcedBy = null;
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

	boolean listable() {
		return this.status == ItemStatus.APPROVED && this.liveRevisionId != null && this.forcedReason == null;
	}

	void listed(boolean listed) {
		this.listed = listed;
		touch();
	}

	void forceUnlisted(String reason, String actor) {
		this.listed = false;
		this.forcedReason = reason;
		this.forcedAt = Instant.now();
		this.forcedBy = actor;
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

	String getNumber() {
		return this.number;
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

	String getCaseId() {
		return this.caseId;
	}

	String getRejectionOpinion() {
		return this.rejectionOpinion;
	}

	boolean isListed() {
		return this.listed;
	}

	String getForcedReason() {
		return this.forcedReason;
	}

	Instant getForcedAt() {
		return this.forcedAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	/** The revision the exhibitor works on: the pending one, else the live one. */
	Long currentRevisionId() {
		return (this.pendingRevisionId != null) ? this.pendingRevisionId : this.liveRevisionId;
	}

}
