package org.fairflow.portal.audit;

/** What kind of action an audit entry records; the organiser's log filters by it. */
public enum AuditCategory {

	/** A reviewer's or finance's decision on a case (task completed). */
	DECISION,

	/**
	 * A change made on an administration page: delegation tree, accounts, fair settings.
	 */
	ADMINISTRATION,

	/** A process model, decision table or form published, deployed or migrated. */
	MODEL,

	/** A sign-in that failed (wrong password, unknown name, disabled account). */
	LOGIN,

	/** A list or statistic exported to a file. */
	EXPORT

}
