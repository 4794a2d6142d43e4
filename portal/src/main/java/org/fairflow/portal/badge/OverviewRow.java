package org.fairflow.portal.badge;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;

/**
 * A person with the unit and organisation it belongs to, as the overview shows it. Either
 * may be {@code null} only if the unit's registration vanished.
 */
record OverviewRow(Person person, RegisteredUnit unit, Organisation organisation) {

	static OverviewRow of(Person person, ReviewScope scope) {
		RegisteredUnit unit = scope.unit(person.getUnitId());
		return new OverviewRow(person, unit, (unit != null) ? scope.organisation(unit.organisationId()) : null);
	}

}
