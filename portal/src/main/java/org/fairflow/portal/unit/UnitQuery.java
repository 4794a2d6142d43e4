package org.fairflow.portal.unit;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which units a list or a count covers, already limited to what the requester may see:
 * {@code organisations} are the organisations whose units count ({@code null}: the whole
 * fair); the other fields are filters, {@code null} when not set. Dates are registration
 * days in the fair's zone, both inclusive; {@code text} matches the names and the credit
 * code.
 */
public record UnitQuery(Set<Long> organisations, UnitStatus status, UnitCategory category, Integer edition,
		LocalDate from, LocalDate to, String text) {

	public UnitQuery {
		organisations = (organisations != null) ? Set.copyOf(organisations) : null;
	}

	/** The same query for one status. */
	public UnitQuery withStatus(UnitStatus status) {
		return new UnitQuery(this.organisations, status, this.category, this.edition, this.from, this.to, this.text);
	}

}
