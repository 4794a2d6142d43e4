package org.fairflow.portal.statistics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import org.fairflow.portal.badge.PersonQuery;
import org.fairflow.portal.badge.PersonStage;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.portal.unit.UnitQuery;
import org.fairflow.portal.unit.UnitStatus;
import org.fairflow.portal.web.FilterProblems;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The statistics' filters: edition, registration days (fair's zone, inclusive) and unit
 * category. A value that does not parse is dropped and {@code ignored} set. Every link it
 * builds carries the same filters, so a number and its list agree.
 */
record StatisticsFilter(Integer edition, LocalDate from, LocalDate to, UnitCategory category, boolean ignored) {

	static StatisticsFilter of(String edition, String from, String to, String category) {
		boolean ignored = false;
		Integer e = number(edition);
		ignored |= e == null && given(edition);
		LocalDate f = FilterProblems.date(from);
		ignored |= f == null && given(from);
		LocalDate t = FilterProblems.date(to);
		ignored |= t == null && given(to);
		if (f != null && t != null && t.isBefore(f)) {
			ignored = true;
			f = null;
			t = null;
		}
		UnitCategory c = (category == null) ? null
				: Arrays.stream(UnitCategory.values())
					.filter((v) -> v.name().equals(category.strip()))
					.findFirst()
					.orElse(null);
		ignored |= c == null && given(category);
		return new StatisticsFilter(e, f, t, c, ignored);
	}

	UnitQuery units(Set<Long> organisations) {
		return new UnitQuery(organisations, null, this.category, this.edition, this.from, this.to, null);
	}

	/**
	 * The units whose payments and refunds count: the dates select payments and refunds
	 * by when they were paid, not units by when they registered.
	 */
	UnitQuery paying(Set<Long> organisations) {
		return new UnitQuery(organisations, null, this.category, this.edition, null, null, null);
	}

	PersonQuery persons() {
		return new PersonQuery(null, this.category, this.edition, this.from, this.to);
	}

	/** The unit list behind a number: an organisation's subtree (null: the scope). */
	public String unitsLink(Long orgId, UnitStatus status) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/units");
		add(uri, "org", orgId);
		add(uri, "status", status);
		return withFilters(uri);
	}

	/** The persons overview behind a number. */
	public String personsLink(Long orgId, PersonStage stage, BadgeType type) {
		return persons().overviewLink(orgId, stage, type);
	}

	/** The payments or refunds ({@code kind}) behind a number. */
	public String moneyLink(String kind, Long orgId) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/statistics/" + kind);
		add(uri, "org", orgId);
		return withFilters(uri);
	}

	/** This page's filters as a query string for another of its addresses. */
	public String link(String path) {
		return withFilters(UriComponentsBuilder.fromPath(path));
	}

	private String withFilters(UriComponentsBuilder uri) {
		add(uri, "category", this.category);
		add(uri, "edition", this.edition);
		add(uri, "from", this.from);
		add(uri, "to", this.to);
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String key, Object value) {
		if (value != null) {
			uri.queryParam(key, value);
		}
	}

	private static boolean given(String raw) {
		return raw != null && !raw.isBlank();
	}

	private static Integer number(String raw) {
		if (!given(raw)) {
			return null;
		}
		try {
			int value = Integer.parseInt(raw.strip());
			return (value >= 1 && value <= 10_000) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
