package org.fairflow.portal.badge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.portal.web.FilterProblems;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reviewer's filters on the person overview, checked against its scope. A value that
 * does not parse or points outside the scope is dropped and {@code ignored} is set, so
 * the page says so instead of failing; the name is only ever a name (never a document
 * number, which must not travel in URLs or logs).
 */
record OverviewFilter(PersonStatus status, BadgeType type, Long unitId, Long orgId, String name, LocalDate from,
		LocalDate to, PersonStage stage, UnitCategory category, Integer edition, LocalDate since, LocalDate until,
		boolean ignored) {

	static final int NAME_MAX = 60;

	static OverviewFilter of(ReviewScope scope, String status, String type, String unit, String org, String name,
			String from, String to) {
		FilterProblems problems = new FilterProblems();
		PersonStatus s = problems.check(status,
				Arrays.stream(PersonStatus.values()).filter((v) -> v.name().equals(status)).findFirst().orElse(null));
		BadgeType t = problems.check(type,
				Arrays.stream(BadgeType.values()).filter((v) -> v.name().equals(type)).findFirst().orElse(null));
		Long u = problems.check(unit, id(unit));
		if (u != null && !scope.covers(u)) {
			u = problems.drop();
		}
		Long o = problems.check(org, id(org));
		if (o != null && scope.organisation(o) == null) {
			o = problems.drop();
		}
		LocalDate f = problems.check(from, FilterProblems.date(from));
		LocalDate e = problems.check(to, FilterProblems.date(to));
		if (f != null && e != null && e.isBefore(f)) {
			f = problems.drop();
			e = null;
		}
		String n = (name == null) ? null : name.strip();
		if (n != null && n.length() > NAME_MAX) {
			n = n.substring(0, NAME_MAX);
		}
		return new OverviewFilter(s, t, u, o, (n == null || n.isEmpty()) ? null : n, f, e, null, null, null, null, null,
				problems.any());
	}

	/** The same filters with this status chip chosen. */
	OverviewFilter withStatus(PersonStatus chosen) {
		return new OverviewFilter(chosen, this.type, this.unitId, this.orgId, this.name, this.from, this.to, this.stage,
				this.category, this.edition, this.since, this.until, this.ignored);
	}

	/** The same filters with this type chip chosen. */
	OverviewFilter withType(BadgeType chosen) {
		return new OverviewFilter(this.status, chosen, this.unitId, this.orgId, this.name, this.from, this.to,
				this.stage, this.category, this.edition, this.since, this.until, this.ignored);
	}

	/**
	 * The statistics' filters added (a drill-down from {@code /statistics}): the stage,
	 * the unit's category and edition, the days the persons were entered.
	 */
	OverviewFilter narrowed(String stage, String category, String edition, String since, String until) {
		FilterProblems problems = new FilterProblems();
		PersonStage g = problems.check(stage,
				Arrays.stream(PersonStage.values()).filter((v) -> v.name().equals(stage)).findFirst().orElse(null));
		UnitCategory c = problems.check(category,
				Arrays.stream(UnitCategory.values()).filter((v) -> v.name().equals(category)).findFirst().orElse(null));
		Long e = problems.check(edition, id(edition));
		if (e != null && (e < 1 || e > 10_000)) {
			e = problems.drop();
		}
		LocalDate f = problems.check(since, FilterProblems.date(since));
		LocalDate u = problems.check(until, FilterProblems.date(until));
		if (f != null && u != null && u.isBefore(f)) {
			f = problems.drop();
			u = null;
		}
		return new OverviewFilter(this.status, this.type, this.unitId, this.orgId, this.name, this.from, this.to, g, c,
				(e != null) ? e.intValue() : null, f, u, this.ignored || problems.any());
	}

	/** The statistics' query as a filter of a scope (the organisation must be in it). */
	static OverviewFilter of(ReviewScope scope, PersonQuery query) {
		Long org = (query.orgId() != null && scope.organisation(query.orgId()) != null) ? query.orgId() : null;
		return new OverviewFilter(null, null, null, org, null, null, null, null, query.category(), query.edition(),
				query.since(), query.until(), query.orgId() != null && org == null);
	}

	/** Whether any filter that came from statistics is set (the page then shows them). */
	public boolean isNarrowed() {
		return this.stage != null || this.category != null || this.edition != null || this.since != null
				|| this.until != null;
	}

	/** This page's address with one parameter changed ({@code null} removes it). */
	public String link(String key, Object value) {
		Map<String, Object> params = params();
		params.put(key, value);
		return address("/badge/overview", params);
	}

	/**
	 * The export's address with this page's filters (the format is added by the link).
	 */
	public String exportLink() {
		return address("/badge/overview/export", params());
	}

	private static String address(String path, Map<String, Object> params) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		params.forEach((k, v) -> {
			if (v != null) {
				uri.queryParam(k, v);
			}
		});
		return uri.encode().build().toUriString();
	}

	private Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("status", this.status);
		params.put("type", this.type);
		params.put("unit", this.unitId);
		params.put("org", this.orgId);
		params.put("q", this.name);
		params.put("from", this.from);
		params.put("to", this.to);
		params.put("stage", this.stage);
		params.put("category", this.category);
		params.put("edition", this.edition);
		params.put("since", this.since);
		params.put("until", this.until);
		return params;
	}

	private static Long id(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
