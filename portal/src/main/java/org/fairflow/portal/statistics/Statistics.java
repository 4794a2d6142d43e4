package org.fairflow.portal.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fairflow.portal.badge.PersonStage;
import org.fairflow.portal.badge.PersonStatistics;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.payment.PaymentStatistics;
import org.fairflow.portal.refund.RefundStatistics;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unit.UnitStatistics;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The statistics of a requester's scope: the organiser sees the whole fair, a delegation
 * or sub-delegation reviewer its subtree. The counting is the feature modules'; this
 * class only adds them up per delegation and sub-delegation.
 */
@Service
class Statistics {

	private final Organisations organisations;

	private final UnitStatistics units;

	private final PersonStatistics persons;

	private final PaymentStatistics payments;

	private final RefundStatistics refunds;

	Statistics(Organisations organisations, UnitStatistics units, PersonStatistics persons, PaymentStatistics payments,
			RefundStatistics refunds) {
		this.organisations = organisations;
		this.units = units;
		this.persons = persons;
		this.payments = payments;
		this.refunds = refunds;
	}

	/**
	 * One row per delegation and sub-delegation of the scope, in tree order (a
	 * delegation's row counts its sub-delegations too), then the total.
	 */
	List<StatisticsRow> table(PortalUser user, StatisticsFilter filter) {
		Set<Long> scope = scope(user);
		Map<Long, List<StatisticsRow>> countsIn = new LinkedHashMap<>();
		List<StatisticsRow> rows = new ArrayList<>();
		for (Organisation org : this.organisations.joinable()) {
			if (scope != null && !scope.contains(org.getId())) {
				continue;
			}
			List<StatisticsRow> parent = countsIn.get(org.getParentId());
			boolean indented = org.getKind() == OrganisationKind.SUB_DELEGATION && parent != null;
			StatisticsRow row = new StatisticsRow(org, indented);
			List<StatisticsRow> targets = new ArrayList<>(List.of(row));
			if (indented) {
				targets.add(parent.get(0));
			}
			countsIn.put(org.getId(), targets);
			rows.add(row);
		}
		StatisticsRow total = new StatisticsRow(null, false);
		for (UnitStatistics.Count count : this.units.count(filter.units(scope))) {
			countsIn.getOrDefault(count.organisationId(), List.of())
				.forEach((row) -> row.addUnits(count.status(), count.count()));
			total.addUnits(count.status(), count.count());
		}
		for (PersonStatistics.Count count : this.persons.count(user, filter.persons())) {
			List<StatisticsRow> targets = new ArrayList<>(countsIn.getOrDefault(count.organisationId(), List.of()));
			targets.add(total);
			for (StatisticsRow row : targets) {
				for (PersonStage stage : PersonStage.values()) {
					if (stage.includes(count.status())) {
						row.addPersons(stage, count.count());
					}
				}
				row.addType(count.type(), count.count());
			}
		}
		Map<Long, Long> paying = this.units.organisationsOf(filter.paying(scope));
		for (PaymentStatistics.Paid paid : this.payments.paid(paying.keySet(), filter.from(), filter.to())) {
			List<StatisticsRow> targets = new ArrayList<>(countsIn.getOrDefault(paying.get(paid.unitId()), List.of()));
			targets.add(total);
			targets.forEach((row) -> row.addPayments(paid.count(), paid.amount()));
		}
		for (RefundStatistics.Refunded refunded : this.refunds.refunded(paying.keySet(), filter.from(), filter.to())) {
			List<StatisticsRow> targets = new ArrayList<>(
					countsIn.getOrDefault(paying.get(refunded.unitId()), List.of()));
			targets.add(total);
			targets.forEach((row) -> row.addRefunds(refunded.count(), refunded.amount()));
		}
		rows.add(total);
		return rows;
	}

	/**
	 * The units whose payments and refunds a number counts: an organisation's subtree
	 * within the scope (null: the whole scope); empty when the organisation is outside.
	 */
	Set<Long> payingUnits(PortalUser user, StatisticsFilter filter, Long orgId) {
		Set<Long> scope = scope(user);
		Set<Long> organisations = scope;
		if (orgId != null) {
			organisations = new java.util.HashSet<>(this.organisations.subtree(orgId));
			if (scope != null) {
				organisations.retainAll(scope);
			}
		}
		return this.units.organisationsOf(filter.paying(organisations)).keySet();
	}

	/** Registrations per day and review lead times of the scope. */
	Charts charts(PortalUser user, StatisticsFilter filter) {
		Set<Long> scope = scope(user);
		Map<LocalDate, Long> units = this.units.registrationsPerDay(filter.units(scope));
		Map<LocalDate, Long> persons = this.persons.registrationsPerDay(user, filter.persons());
		TreeSet<LocalDate> days = new TreeSet<>(units.keySet());
		days.addAll(persons.keySet());
		// Every day between the first and the last, so a quiet day shows as zero, not as
		// a
		// line drawn straight past it.
		List<Charts.Day> trend = days.isEmpty() ? List.of()
				: days.first()
					.datesUntil(days.last().plusDays(1))
					.map((day) -> new Charts.Day(day, units.getOrDefault(day, 0L), persons.getOrDefault(day, 0L)))
					.toList();
		Map<String, List<Duration>> leadTimes = this.units.reviewLeadTimes(filter.units(scope));
		List<Charts.LeadTime> levels = UnitStatistics.REVIEW_STEPS.stream().map((step) -> {
			List<Duration> sample = leadTimes.get(step);
			return new Charts.LeadTime(step, sample.size(), hours(Percentiles.of(sample, 50)),
					hours(Percentiles.of(sample, 90)));
		}).toList();
		return new Charts(trend, levels);
	}

	/**
	 * The organisations whose numbers the requester sees; {@code null}: the whole fair.
	 */
	Set<Long> scope(PortalUser user) {
		if (user == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return switch (user.role()) {
			case ORGANISER -> null;
			case DELEGATION_REVIEWER, SUB_DELEGATION_REVIEWER -> this.organisations.subtree(user.organisationId());
			default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private static Double hours(Duration duration) {
		return (duration != null) ? Math.round(duration.toMinutes() / 6.0) / 10.0 : null;
	}

	/** What the two charts and their tables show. */
	record Charts(List<Day> trend, List<LeadTime> leadTimes) {

		/** Registrations of one day. */
		record Day(LocalDate day, long units, long persons) {
		}

		/**
		 * One review level: how many decisions, and the median and 90th percentile of the
		 * time from task to decision, in hours (null without decisions).
		 */
		record LeadTime(String step, int decisions, Double p50Hours, Double p90Hours) {
		}

	}

}
