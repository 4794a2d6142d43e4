package org.fairflow.portal.booth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fairflow.portal.exhibit.AuditedItem;

/**
 * An exhibitor's booth; its audit state is {@link AuditedItem}'s, plus the last approved
 * revision. Columns: Flyway V12_20.
 */
@Entity
@Table(name = "booth")
class Booth extends AuditedItem {

	/** The last approved revision, live or hidden: what a re-audit compares with. */
	@Column(name = "approved_revision_id")
	private Long approvedRevisionId;

	protected Booth() {
	}

	Booth(Long exhibitorId) {
		super(exhibitorId);
	}

	@Override
	protected void onApproved(Long revisionId) {
		this.approvedRevisionId = revisionId;
	}

	Long getApprovedRevisionId() {
		return this.approvedRevisionId;
	}

}
