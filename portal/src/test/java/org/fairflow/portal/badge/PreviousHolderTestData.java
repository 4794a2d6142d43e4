package org.fairflow.portal.badge;

import java.time.LocalDate;

import org.fairflow.portal.quota.BadgeType;

/** Previous-edition holders for the reuse tests. */
final class PreviousHolderTestData {

	static final LocalDate BIRTH = LocalDate.of(1985, 6, 1);

	private PreviousHolderTestData() {
	}

	/** A domestic visitor holder with a fresh resident ID number. */
	static PreviousHolderArchive.Entry entry(String creditCode, String organisationCode, int edition,
			boolean reviewPassed) {
		return new PreviousHolderArchive.Entry(edition, creditCode, organisationCode, "CN", "王芳", null, Gender.FEMALE,
				DocumentType.RESIDENT_ID, BadgeTestData.residentId(BIRTH), BIRTH, "13917001234", "wang@example.com",
				"采购经理", BadgeType.VISITOR, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 10), "P7-V-000123",
				reviewPassed);
	}

}
