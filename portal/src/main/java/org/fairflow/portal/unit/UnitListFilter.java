package org.fairflow.portal.unit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairflow.portal.web.FilterProblems;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of {@code /units} as typed. A value that does not parse, or an organisation
 * outside the requester's scope, is dropped and {@code ignored} is set: the page says so
 * instead of failing.
 */
record UnitListFilter(UnitStatus status, UnitCategory category, Long orgId, Integer edition, LocalDate from,
		LocalDate to, String text, boolean ignored) {

	static final int TEXT_MAX = 60;

	/**
	 * @param scope the organisations the requester sees, {@code null} for the whole fair
	 */
	static UnitListFilter of(Set<Long> scope, String status, String category, String org, String edition, String from,
			String to, String text) {
		FilterProblems problems = new FilterProblems();
		UnitStatus s = problems.check(status, parse(UnitStatus.values(), status));
		UnitCategory c = problems.check(category, parse(UnitCategory.values(), category));
		Long o = problems.check(org, number(org, Long::valueOf));
		if (o != null && scope != null && !scope.contains(o)) {
			o = problems.drop();
		}
		Integer e = problems.check(edition, number(edition, Integer::valueOf));
		LocalDate f = problems.check(from, FilterProblems.date(from));
		LocalDate t = problems.check(to, FilterProblems.date(to));
		if (f != null && t != null && t.isBefore(f)) {
			f = problems.drop();
			t = null;
		}
		String q = (text == null) ? null : text.strip();
		if (q != null && q.length() > TEXT_MAX) {
			q = q.substring(0, TEXT_MAX);
		}
		return new UnitListFilter(s, c, o, e, f, t, (q == null || q.isEmpty()) ? null : q, problems.any());
	}

	/**
	 * The query: the scope, narrowed to the chosen organisation and those below it.
	 */
	UnitQuery query(Set<Long> scope, Set<Long> orgSubtree) {
		Set<Long> organisations = scope;
		if (this.orgId != null) {
			organisations = (scope == null) ? orgSubtree
					: orgSubtree.stream().filter(scope::contains).collect(Collectors.toSet());
		}
		return new UnitQuery(organisations, this.status, this.category, this.edition, this.from, this.to, this.text);
	}

	/** This page's address with one parameter changed ({@code null} removes it). */
	public String link(String key, Object value) {
		return link("/units", key, value);
	}

	/** The export's address in a format, with the same filters. */
	public String export(String format) {
		return link("/units/export", "format", format);
	}

	private String link(String path, String key, Object value) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("status", this.status);
		params.put("category", this.category);
		params.put("org", this.orgId);
		params.put("edition", this.edition);
		params.put("from", this.from);
		params.put("to", this.to);
		params.put("q", this.text);
		params.put(key, value);
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		params.forEach((k, v) -> {
			if (v != null) {
				uri.queryParam(k, v);
			}
		});
		return uri.encode().build().toUriString();
	}

	private static <E extends Enum<E>> E parse(E[] values, String raw) {
		return (raw == null) ? null
				: Arrays.stream(values).filter((v) -> v.name().equals(raw.strip())).findFirst().orElse(null);
	}

	private static <N> N number(String raw, Function<String, N> parse) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return parse.apply(raw.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
