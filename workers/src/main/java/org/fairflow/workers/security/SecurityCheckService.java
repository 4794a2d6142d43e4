package org.fairflow.workers.security;

/**
 * The public-security identity check (公安审核) of a badge applicant, or a stand-in for it.
 *
 * <p>
 * The check is asynchronous: {@link #request(SecurityCheckRequest)} only submits, and the
 * answer arrives later through {@link SecurityCheckListener}. Implementations are
 * idempotent per {@code caseId} and {@code round}: a repeated request (a retried or
 * re-run job) must not start a second check. They throw on a technical fault (service
 * unreachable) so that the job is retried.
 */
public interface SecurityCheckService {

	/**
	 * Submits the identity unless a check for its case and round was requested before.
	 */
	void request(SecurityCheckRequest request);

}
