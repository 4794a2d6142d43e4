package org.fairflow.portal.security;

public enum Role {

	APPLICANT, SUB_DELEGATION_REVIEWER, DELEGATION_REVIEWER, ORGANISER, PROCESS_OWNER;

	public boolean reviews() {
		return this == SUB_DELEGATION_REVIEWER || this == DELEGATION_REVIEWER || this == ORGANISER;
	}

}
