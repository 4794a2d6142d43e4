package org.fairflow.portal.badge;

/**
 * A person's badge status (flow 2). The portal keeps {@code DRAFT}; the badge-review
 * process moves it on from there.
 */
public enum PersonStatus {

	DRAFT, AWAITING_DELEGATION, AWAITING_PAYMENT, AWAITING_REVIEW, APPROVED, REJECTED, PRODUCED, DELIVERED, CANCELLED;

	/** Only a draft may still be changed. Public so that templates can call it. */
	public boolean editable() {
		return this == DRAFT;
	}

	/** Only a draft may be cancelled in this slice (before any process runs). */
	public boolean cancellable() {
		return this == DRAFT;
	}

}
