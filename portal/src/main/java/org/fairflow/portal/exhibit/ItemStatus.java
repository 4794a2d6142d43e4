package org.fairflow.portal.exhibit;

/**
 * Where an item stands in its audit (message keys {@code status.<NAME>}).
 */
public enum ItemStatus {

	/** Never submitted, or withdrawn: the exhibitor edits it freely. */
	DRAFT,
	/**
	 * Submitted; no reviewer has claimed the task yet, so an edit is still allowed and
	 * makes a new revision that the same case audits.
	 */
	AWAITING_AUDIT,
	/**
	 * A reviewer is deciding (the task is claimed, or the decision is being recorded).
	 */
	UNDER_AUDIT,
	/** Refused with the reviewer's opinion: edit and submit again. */
	REJECTED,
	/** The audited revision is live (products and projects: listable). */
	APPROVED;

	/** Whether the exhibitor may change the content in this status. */
	public boolean editable() {
		return this != UNDER_AUDIT;
	}

}
