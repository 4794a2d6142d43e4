package org.fairflow.workers.security;

/**
 * The answer of a security check.
 *
 * @param caseId the case the check was requested for
 * @param round the round it was requested in
 * @param passed whether the identity passed (variable {@code securityPassed})
 * @param reason why it failed, or null (variable {@code securityReason})
 */
public record SecurityCheckAnswer(String caseId, int round, boolean passed, String reason) {
}
