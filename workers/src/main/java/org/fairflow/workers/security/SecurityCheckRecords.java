package org.fairflow.workers.security;

import java.util.Optional;

/**
 * What the portal knows about a badge applicant for the security check. The portal
 * implements it; {@code request-security-check} uses it when present.
 *
 * <p>
 * Identity data stays in the portal's database instead of travelling as process variables
 * (where every engine tool would show document numbers). A known answer lets a re-run of
 * the request (a resumed case) publish that answer again instead of asking the service,
 * which answers every case and round only once.
 */
public interface SecurityCheckRecords {

	/**
	 * The identity of the person (by the process variable {@code personId}), with the
	 * given case id and round; empty when no such person exists.
	 */
	Optional<SecurityCheckRequest> identity(String personId, String caseId, int round);

	/** The answer recorded for this case and round, if one arrived. */
	Optional<SecurityCheckAnswer> knownAnswer(String caseId, int round);

}
