package org.fairflow.portal.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The log page's filters as typed (bound from the query string, shown again in the form)
 * and what they mean once read. A value that does not read is a message on the page,
 * never an error page.
 */
class AuditSearch {

	static final int MAX_LENGTH = 100;

	private String category;

	private String actor;

	private String q;

	private String from;

	private String to;

	private String address;

	/** The filters read: every field null when not given. */
	record Criteria(AuditCategory category, String actor, String text, LocalDate from, LocalDate to, String address,
			ZoneId zone) {

	}

	/** What was read, or the message keys of what could not be. */
	record Reading(Criteria criteria, List<String> problems) {

	}

	Reading read(ZoneId zone) {
		List<String> problems = new ArrayList<>();
		AuditCategory readCategory = null;
		if (present(this.category)) {
			try {
				readCategory = AuditCategory.valueOf(this.category.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add("audit.filter.badCategory");
			}
		}
		LocalDate readFrom = date(this.from, "audit.filter.badFrom", problems);
		LocalDate readTo = date(this.to, "audit.filter.badTo", problems);
		if (readFrom != null && readTo != null && readFrom.isAfter(readTo)) {
			problems.add("audit.filter.badRange");
		}
		for (String text : new String[] { this.actor, this.q, this.address }) {
			if (text != null && text.strip().length() > MAX_LENGTH) {
				problems.add("audit.filter.tooLong");
				break;
			}
		}
		return new Reading(new Criteria(readCategory, clean(this.actor), clean(this.q), readFrom, readTo,
				clean(this.address), zone), problems);
	}

	/** The filters as query parameters, for the pager's and the export's links. */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		put(parameters, "category", this.category);
		put(parameters, "actor", this.actor);
		put(parameters, "q", this.q);
		put(parameters, "from", this.from);
		put(parameters, "to", this.to);
		put(parameters, "address", this.address);
		return parameters;
	}

	private static LocalDate date(String value, String problem, List<String> problems) {
		if (!present(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(problem);
			return null;
		}
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (present(value)) {
			parameters.put(name, value.strip());
		}
	}

	private static String clean(String value) {
		return present(value) ? value.strip() : null;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

}
