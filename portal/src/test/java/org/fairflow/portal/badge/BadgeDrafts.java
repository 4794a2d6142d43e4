package org.fairflow.portal.badge;

import java.util.List;

import org.fairflow.portal.security.PortalUser;

import org.springframework.context.ApplicationContext;

/**
 * Submits a person of an approved unit through the badge flow's own service, for tests of
 * other features (the fee then comes from the deployed {@code badge-fee} decision).
 */
public final class BadgeDrafts {

	private BadgeDrafts() {
	}

	/** Submits a new person with a photo; returns the case id. */
	public static String submit(ApplicationContext context, PortalUser liaison, String badgeType) {
		Persons persons = context.getBean(Persons.class);
		Person person = BadgeTestData.draft(persons, liaison.unitId(), BadgeTestData.form(badgeType), true);
		BadgeApplications.SubmitReport report = context.getBean(BadgeApplications.class)
			.submit(liaison.unitId(), List.of(person.getId()), liaison);
		if (report.submitted() != 1) {
			throw new IllegalStateException("Not submitted: " + report.refusals());
		}
		return persons.find(liaison.unitId(), person.getId()).orElseThrow().getCaseId();
	}

}
