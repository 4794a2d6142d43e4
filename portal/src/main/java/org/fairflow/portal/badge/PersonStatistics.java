package org.fairflow.portal.badge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of persons for statistics, over the person overview's own scope and query: a
 * count equals the rows {@link PersonQuery#overviewLink} lists to the same reviewer.
 */
@Service
@Transactional(readOnly = true)
public class PersonStatistics {

	private final ReviewScopes scopes;

	private final PersonOverview overview;

	private final PersonDays days;

	PersonStatistics(ReviewScopes scopes, PersonOverview overview, PersonDays days) {
		this.scopes = scopes;
		this.overview = overview;
		this.days = days;
	}

	/**
	 * Persons of the reviewer's scope matching the query, by the organisation their unit
	 * is registered to, status and badge type.
	 */
	public List<Count> count(PortalUser user, PersonQuery query) {
		ReviewScope scope = this.scopes.of(user);
		List<PersonTallies.UnitTally> tallies = this.overview.tallyByUnit(scope, OverviewFilter.of(scope, query));
		scope.lookUp(tallies.stream().map(PersonTallies.UnitTally::unitId).toList());
		return tallies.stream().map((tally) -> {
			RegisteredUnit unit = scope.unit(tally.unitId());
			return new Count((unit != null) ? unit.organisationId() : null, tally.status(), tally.type(),
					tally.count());
		}).toList();
	}

	/** Persons of the scope matching the query, by the day they were entered. */
	public Map<LocalDate, Long> registrationsPerDay(PortalUser user, PersonQuery query) {
		ReviewScope scope = this.scopes.of(user);
		return this.days.count(scope, OverviewFilter.of(scope, query));
	}

	/** How many persons of an organisation's units have a status and badge type. */
	public record Count(Long organisationId, PersonStatus status, BadgeType type, long count) {
	}

}
