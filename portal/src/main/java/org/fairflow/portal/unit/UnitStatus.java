package org.fairflow.portal.unit;

/** The unit's review status; the process sets it through {@code update-case-status}. */
public enum UnitStatus {

	SUBMITTED, UNDER_REVIEW, RETURNED, APPROVED, REJECTED;

	/**
	 * Only a returned unit may change its data: under review it is frozen. Public so that
	 * templates (SpEL sees public methods only) can call it.
	 */
	public boolean editable() {
		return this == RETURNED;
	}

}
