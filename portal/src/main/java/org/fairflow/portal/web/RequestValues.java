package org.fairflow.portal.web;

import java.util.Optional;

/**
 * Ids and page numbers as they come in a path or a query string. A value that does not
 * parse is no id (the page answers "not found") or the first page: never an error page.
 */
public final class RequestValues {

	private static final int LAST_PAGE = 100_000;

	private RequestValues() {
	}

	public static Optional<Long> id(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.valueOf(value.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** A page index from 0; anything unreadable is the first page. */
	public static int page(String value) {
		try {
			return Math.min(Math.max(0, Integer.parseInt(value)), LAST_PAGE);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
