package org.fairflow.portal.security;

public enum Role {

	APPLICANT, SUB_DELEGATION_REVIEWER, DELEGATION_REVIEWER, ORGANISER, PROCESS_OWNER,

	/**
	 * Confirms bank transfers (candidate group {@code finance}); reviews no applications.
	 */
	FINANCE,

	/**
	 * Reviews for a trade body (组展机构审核员): audits the booths, products and projects of the
	 * exhibitors its organisation invited, and issues their invitation codes.
	 */
	EXHIBITION_REVIEWER;

	public boolean reviews() {
		return this == SUB_DELEGATION_REVIEWER || this == DELEGATION_REVIEWER || this == ORGANISER
				|| this == EXHIBITION_REVIEWER;
	}

}
