package org.fairflow.portal.cases;

import java.util.Map;

/**
 * What a feature says when it opens a case.
 *
 * @param flow the process id
 * @param businessKey the feature's own id of the application (a unit id)
 * @param title shown in lists
 * @param titleEn the title on English pages (the applicant's English name), or null when
 * it has none: the title is shown then
 * @param applicantGroup the group of the applicant who follows the case ({@code unit:42})
 * @param scopeOrgId the organisation whose subtree may see the case
 * @param initialStatus status before the process says otherwise
 * @param actor who submitted it
 * @param variables start variables; {@code caseId} and {@code round} are added
 */
public record NewCase(String flow, String businessKey, String title, String titleEn, String applicantGroup,
		Long scopeOrgId, String initialStatus, String actor, Map<String, Object> variables) {

	public NewCase {
		titleEn = (titleEn == null || titleEn.isBlank()) ? null : titleEn.strip();
	}

}
