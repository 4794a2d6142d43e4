package org.fairflow.portal.tasks;

import java.util.Optional;

/**
 * Who stands behind a case's applicant group ({@code unit:42}), so that the task list can
 * show and search it. Implemented by the feature that owns applicants; the inbox stays
 * generic.
 */
public interface ApplicantLookup {

	Optional<Applicant> find(String applicantGroup);

	/**
	 * The applicant unit's name, its English name (null if it has none) and its unified
	 * social credit code.
	 */
	record Applicant(String unitName, String unitNameEn, String creditCode) {
	}

}
