package org.fairflow.portal.exhibit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every audited item (booth, product, project) keeps: its audit status, which
 * revisions are pending and live, the audit case and the last rejection opinion. Each
 * kind's table has these columns under the same names; the kinds add their own through
 * the hooks {@link #onSubmitted()} and {@link #onApproved(Long)}.
 */
@MappedSuperclass
public abstract class AuditedItem {

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

	protected AuditedItem() {
	}

	protected AuditedItem(Long exhibitorId) {
		this.exhibitorId = exhibitorId;
		this.status = ItemStatus.DRAFT;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	public void draft(Long revisionId) {
		this.pendingRevisionId = revisionId;
		this.status = ItemStatus.DRAFT;
		touch();
	}

	/** Submitted for audit: a live item is hidden until the new revision is approved. */
	public void submitted(Long revisionId, String caseId) {
		this.pendingRevisionId = revisionId;
		this.liveRevisionId = null;
		this.caseId = caseId;
		this.status = ItemStatus.AWAITING_AUDIT;
		this.rejectionOpinion = null;
		onSubmitted();
		touch();
	}

	/** Edited while waiting, before any reviewer claimed it: the same case audits it. */
	public void revised(Long revisionId) {
		this.pendingRevisionId = revisionId;
		touch();
	}

	public void underAudit() {
		this.status = ItemStatus.UNDER_AUDIT;
		touch();
	}

	public void approved(Long revisionId) {
		this.liveRevisionId = revisionId;
		if (revisionId.equals(this.pendingRevisionId)) {
			this.pendingRevisionId = null;
		}
		this.status = ItemStatus.APPROVED;
		this.rejectionOpinion = null;
		onApproved(revisionId);
		touch();
	}

	public void rejected(String opinion) {
		this.status = ItemStatus.REJECTED;
		this.rejectionOpinion = opinion;
		touch();
	}

	public void withdrawn() {
		this.status = ItemStatus.DRAFT;
		touch();
	}

	/** What a kind also resets when a revision goes to audit. */
	protected void onSubmitted() {
	}

	/** What a kind also records when a revision is approved. */
	protected void onApproved(Long revisionId) {
	}

	protected void touch() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getExhibitorId() {
		return this.exhibitorId;
	}

	public ItemStatus getStatus() {
		return this.status;
	}

	public Long getPendingRevisionId() {
		return this.pendingRevisionId;
	}

	public Long getLiveRevisionId() {
		return this.liveRevisionId;
	}

	public String getCaseId() {
		return this.caseId;
	}

	public String getRejectionOpinion() {
		return this.rejectionOpinion;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** The revision the exhibitor works on: the pending one, else the live one. */
	public Long currentRevisionId() {
		return (this.pendingRevisionId != null) ? this.pendingRevisionId : this.liveRevisionId;
	}

}
