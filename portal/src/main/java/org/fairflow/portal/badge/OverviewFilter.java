package org.fairflow.portal.badge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fairflow.portal.quota.BadgeType;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reviewer's filters on the person overview, checked against its scope. A value that
 * does not parse or points outside the scope is dropped and {@code ignored} is set, so
 * the page says so instead of failing; the name is only ever a name (never a document
 * number, which must not travel in URLs or logs).
 */
record OverviewFilter(PersonStatus status, BadgeType type, Long unitId, Long orgId, String name, LocalDate from,
		LocalDate to, boolean ignored) {

	static final int NAME_MAX = 60;

	static OverviewFilter of(ReviewScope scope, String status, String type, String unit, String org, String name,
			String from, String to) {
		Problems problems = new Problems();
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
		LocalDate f = problems.check(from, date(from));
		LocalDate e = problems.check(to, date(to));
		if (f != null && e != null && e.isBefore(f)) {
			f = problems.drop();
			e = null;
		}
		String n = (name == null) ? null : name.strip();
		if (n != null && n.length() > NAME_MAX) {
			n = n.substring(0, NAME_MAX);
		}
		return new OverviewFilter(s, t, u, o, (n == null || n.isEmpty()) ? null : n, f, e, problems.any);
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

	private static LocalDate date(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Remembers whether a given, non-blank value had to be dropped. */
	private static final class Problems {

		private boolean any;

		<T> T check(String raw, T parsed) {
			if (raw != null && !raw.isBlank() && parsed == null) {
				this.any = true;
			}
			return parsed;
		}

		<T> T drop() {
			this.any = true;
			return null;
		}

	}

}
