package org.fairflow.portal.security;

public enum Role {

	APPLICANT, SUB_DELEGATION_REVIEWER, DELEGATION_REVIEWER, ORGANISER, PROCESS_OWNER,

	/**
	 * Confirms bank transfers (candidate group {@code finance}); reviews no applications.
	 */
	FINANCE;

	public boolean reviews() {
		return this == SUB_DELEGATION_REVIEWER || this == DELEGATION_REVIEWER || this == ORGANISER;
	}

}
