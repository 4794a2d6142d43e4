package org.fairflow.portal.unit;

import java.util.Optional;

import org.fairflow.portal.tasks.ApplicantLookup;

import org.springframework.stereotype.Component;

/** The unit behind {@code unit:<id>}, for the reviewers' task list. */
@Component
class UnitApplicantLookup implements ApplicantLookup {

	private static final String PREFIX = "unit:";

	private final UnitRepository units;

	UnitApplicantLookup(UnitRepository units) {
		this.units = units;
	}

	@Override
	public Optional<Applicant> find(String applicantGroup) {
		if (applicantGroup == null || !applicantGroup.startsWith(PREFIX)) {
			return Optional.empty();
		}
		try {
			return this.units.findById(Long.valueOf(applicantGroup.substring(PREFIX.length())))
				.map((unit) -> new Applicant(unit.getNameZh(),
						(unit.getNameEn() == null || unit.getNameEn().isBlank()) ? null : unit.getNameEn(),
						unit.getCreditCode()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
