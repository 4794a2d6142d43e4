package org.fairflow.workers.security;

/**
 * The identity to be checked.
 *
 * @param caseId the portal's case id (correlation key of {@code security-checked})
 * @param round the review round, starting at 1
 * @param personName the printed name
 * @param nationality nationality (ISO code or the portal's value), may be null
 * @param documentType document type (ID card, passport, ...), may be null
 * @param documentNumber document number, may be null; never logged ({@link #toString()}
 * masks it)
 * @param birthDate ISO date ({@code 1990-01-31}), may be null
 */
public record SecurityCheckRequest(String caseId, int round, String personName, String nationality, String documentType,
		String documentNumber, String birthDate) {

	/** The idempotency key of the check: {@code caseId/round}. */
	public String key() {
		return this.caseId + "/" + this.round;
	}

	@Override
	public String toString() {
		return "SecurityCheckRequest[caseId=" + this.caseId + ", round=" + this.round + ", nationality="
				+ this.nationality + ", documentType=" + this.documentType + ", documentNumber="
				+ maskDocument(this.documentNumber) + "]";
	}

	/** Keeps the last two characters only: {@code ****1X}. */
	static String maskDocument(String number) {
		if (number == null || number.isBlank()) {
			return "";
		}
		String trimmed = number.strip();
		return "****" + ((trimmed.length() > 6) ? trimmed.substring(trimmed.length() - 2) : "");
	}

}
