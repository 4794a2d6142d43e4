package org.fairflow.portal.exhibit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An audited item the exhibitor lists in the directory (product, project): whether it is
 * listed and whether the organiser forced it off. A new submission unlists it; a forced
 * unlisting is lifted only by a new approval.
 */
@MappedSuperclass
public abstract class ListableItem extends AuditedItem {

	@Column(nullable = false, updatable = false)
	private String number;

	private boolean listed;

	/** Set by the organiser's forced unlisting; cleared only by a new approval. */
	@Column(name = "forced_reason")
	private String forcedReason;

	@Column(name = "forced_at")
	private Instant forcedAt;

	@Column(name = "forced_by")
	private String forcedBy;

	protected ListableItem() {
	}

	protected ListableItem(Long exhibitorId, String number) {
		super(exhibitorId);
		this.number = number;
	}

	@Override
	protected void onSubmitted() {
		this.listed = false;
	}

	@Override
	protected void onApproved(Long revisionId) {
		this.forcedReason = null;
		this.forcedAt = null;
		this.forcedBy = null;
	}

	public boolean listable() {
		return getStatus() == ItemStatus.APPROVED && getLiveRevisionId() != null && this.forcedReason == null;
	}

	public void listed(boolean listed) {
		this.listed = listed;
		touch();
	}

	public void forceUnlisted(String reason, String actor) {
		this.listed = false;
		this.forcedReason = reason;
		this.forcedAt = Instant.now();
		this.forcedBy = actor;
		touch();
	}

	public String getNumber() {
		return this.number;
	}

	public boolean isListed() {
		return this.listed;
	}

	public String getForcedReason() {
		return this.forcedReason;
	}

	public Instant getForcedAt() {
		return this.forcedAt;
	}

}
