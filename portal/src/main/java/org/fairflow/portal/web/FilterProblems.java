package org.fairflow.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a list page's filter values: a value that does not parse is dropped (the list
 * shows without it) and remembered, so the page can say that a filter was ignored instead
 * of answering with an error page.
 */
public final class FilterProblems {

	private boolean any;

	/**
	 * The parsed value; a given, non-blank raw value that did not parse is remembered.
	 */
	public <T> T check(String raw, T parsed) {
		if (raw != null && !raw.isBlank() && parsed == null) {
			this.any = true;
		}
		return parsed;
	}

	/**
	 * Drops a value that parsed but is not allowed here (outside the requester's scope).
	 */
	public <T> T drop() {
		this.any = true;
		return null;
	}

	public boolean any() {
		return this.any;
	}

	/** An ISO date ({@code 2027-11-05}), or null when blank or unreadable. */
	public static LocalDate date(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
