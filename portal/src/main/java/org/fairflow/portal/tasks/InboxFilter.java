package org.fairflow.portal.tasks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The inbox's filters, as GET parameters. A value the list does not know (a mode, a sort,
 * a page size) falls back to its default instead of failing the page.
 *
 * @param flow process id, or null for every flow
 * @param mode {@code unclaimed}, {@code mine}, {@code all} (of my delegation) or
 * {@code overdue}
 * @param org organisation id within my subtree, or null
 * @param from created on or after, or null
 * @param to created on or before, or null
 * @param q part of the applicant's name or unit name, or the start of a credit code
 * @param sort {@code waiting} (longest first), {@code newest}, {@code due} or
 * {@code applicant}
 * @param size rows per page: 20, 50 or 100
 */
public record InboxFilter(String flow, String mode, Long org,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String q, String sort, Integer size) {

	static final List<String> MODES = List.of("unclaimed", "mine", "all", "overdue");

	static final List<String> SORTS = List.of("waiting", "newest", "due", "applicant");

	static final List<Integer> SIZES = List.of(20, 50, 100);

	private static final int MAX_SEARCH = 60;

	public InboxFilter {
		flow = blankToNull(flow);
		// List.of(..).contains(null) throws: a missing value is checked first.
		mode = (mode != null && MODES.contains(mode)) ? mode : "unclaimed";
		q = blankToNull(q);
		q = (q != null && q.length() > MAX_SEARCH) ? q.substring(0, MAX_SEARCH) : q;
		sort = (sort != null && SORTS.contains(sort)) ? sort : "waiting";
		size = (size != null && SIZES.contains(size)) ? size : SIZES.get(0);
	}

	public InboxFilter(String flow, String mode, Long org, LocalDate from, LocalDate to) {
		this(flow, mode, org, from, to, null, null, null);
	}

	public static InboxFilter unclaimed() {
		return new InboxFilter(null, "unclaimed", null, null, null);
	}

	/**
	 * The filter a task page was opened from ({@link #query()}); what does not parse is
	 * left out.
	 */
	static InboxFilter fromQuery(String query) {
		MultiValueMap<String, String> params = UriComponentsBuilder.newInstance()
			.query((query != null) ? query : "")
			.build()
			.getQueryParams();
		Map<String, String> p = params.toSingleValueMap();
		return new InboxFilter(decoded(p.get("flow")), decoded(p.get("mode")), number(p.get("org")),
				date(p.get("from")), date(p.get("to")), decoded(p.get("q")), decoded(p.get("sort")),
				(number(p.get("size")) != null) ? number(p.get("size")).intValue() : null);
	}

	InboxFilter withMode(String newMode) {
		return new InboxFilter(this.flow, newMode, this.org, this.from, this.to, this.q, this.sort, this.size);
	}

	InboxFilter withSort(String newSort) {
		return new InboxFilter(this.flow, this.mode, this.org, this.from, this.to, this.q, newSort, this.size);
	}

	/** The list with this filter, on a page (from 0); defaults are left out. */
	public String link(int page) {
		UriComponentsBuilder url = params(UriComponentsBuilder.fromPath("/tasks"));
		if (page > 0) {
			url.queryParam("page", page);
		}
		return encoded(url);
	}

	/**
	 * The export's address with this tab, filter and order (the link adds the format).
	 */
	public String exportLink() {
		return encoded(params(UriComponentsBuilder.fromPath("/tasks/export")));
	}

	/** The list in another mode (a tab), from its first page. */
	public String modeLink(String newMode) {
		return withMode(newMode).link(0);
	}

	/** The same tab without filters, search or sorting. */
	public String clearedLink() {
		return new InboxFilter(null, this.mode, null, null, null).link(0);
	}

	/** The list sorted otherwise, from its first page. */
	public String sortLink(String newSort) {
		return withSort(newSort).link(0);
	}

	/** The filter as a query string, carried by a task page as {@code back}. */
	public String query() {
		String query = encoded(params(UriComponentsBuilder.newInstance()));
		return query.startsWith("?") ? query.substring(1) : query;
	}

	/**
	 * A task page opened from this list: {@code back} is there even when empty, since it
	 * also says that a decision should open the list's next task.
	 */
	public String taskLink(long taskId) {
		return encoded(UriComponentsBuilder.fromPath("/tasks/" + taskId).queryParam("back", query()));
	}

	Sort order() {
		return switch (this.sort) {
			case "newest" -> Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
			case "due" -> Sort.by(Sort.Order.asc("dueAt"), Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
			case "applicant" -> Sort.by(Sort.Order.asc("applicantName"), Sort.Order.asc("id"));
			default -> Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
		};
	}

	private UriComponentsBuilder params(UriComponentsBuilder url) {
		add(url, "mode", "unclaimed".equals(this.mode) ? null : this.mode);
		add(url, "flow", this.flow);
		add(url, "org", this.org);
		add(url, "from", this.from);
		add(url, "to", this.to);
		add(url, "q", this.q);
		add(url, "sort", "waiting".equals(this.sort) ? null : this.sort);
		add(url, "size", SIZES.get(0).equals(this.size) ? null : this.size);
		return url;
	}

	/**
	 * Encoded after building (no URI template: a search may hold braces), with a '+' kept
	 * as itself (a query would read it as a space).
	 */
	private static String encoded(UriComponentsBuilder url) {
		return url.build().encode().toUriString().replace("+", "%2B");
	}

	private static void add(UriComponentsBuilder url, String name, Object value) {
		if (value != null) {
			url.queryParam(name, value);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String decoded(String value) {
		try {
			return (value == null) ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long number(String value) {
		try {
			return (value == null) ? null : Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return (value == null) ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
