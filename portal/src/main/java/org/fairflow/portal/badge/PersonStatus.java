package org.fairflow.portal.badge;

/**
 * A person's badge status (flow 2). The portal keeps {@code DRAFT}; the badge-review
 * process moves it on from there (the statuses of its {@code update-case-status} steps).
 */
public enum PersonStatus {

	DRAFT, AWAITING_DELEGATION, AWAITING_PAYMENT, AWAITING_REVIEW, APPROVED, REJECTED, PRODUCED, DELIVERED, CANCELLED;

	/** Only a draft may still be changed. Public so that templates can call it. */
	public boolean editable() {
		return this == DRAFT;
	}

	/**
	 * Cancellation (注销) is possible until production starts: the process ignores it
	 * afterwards.
	 */
	public boolean cancellable() {
		return this == DRAFT || this == AWAITING_DELEGATION || this == AWAITING_PAYMENT || this == AWAITING_REVIEW
				|| this == APPROVED;
	}

	/** The delivery choice is read at production, so it may change until then. */
	public boolean deliveryOpen() {
		return this != PRODUCED && this != DELIVERED && this != CANCELLED && this != REJECTED;
	}

	/**
	 * A delegation may upgrade an approved badge, also once produced or handed over (the
	 * old badge is voided and a new one produced).
	 */
	public boolean upgradable() {
		return this == APPROVED || this == PRODUCED || this == DELIVERED;
	}

}
