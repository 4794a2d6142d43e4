package org.fairflow.portal.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A list as its export sees it. Built in the request (so it carries the requester's scope
 * and filters, already resolved), read later, possibly on another thread: it must not
 * rely on the request or the security context.
 *
 * <p>
 * Cell values: {@code String} (written as text; one starting with = + - @ is
 * neutralised), {@code Number} including {@code BigDecimal} (a numeric cell, written
 * exactly), {@code LocalDate}, {@code LocalDateTime}, {@code Instant} (ISO text in the
 * fair's zone), {@code Enum} (its name), {@code null} (an empty cell); anything else as
 * its {@code toString()}.
 */
public interface ExportTable {

	/** The file's name without extension: ASCII letters, digits and dashes. */
	String fileName();

	/**
	 * A short readable description for the audit log and the progress page (no secrets).
	 */
	String description();

	/** The column titles, in the requester's language. */
	List<String> headers();

	/** How many rows {@link #rows} will give (for progress); -1 when unknown. */
	long rowCount();

	/**
	 * Gives every row to {@code sink}, one at a time, in order; called inside a read-only
	 * transaction, so a JDBC stream with a fetch size reads the list in chunks.
	 */
	void rows(Consumer<List<?>> sink);

	/**
	 * A description for the progress page and the audit log: the list's title, and the
	 * filters of the page's address ({@code /units?status=APPROVED}) if it has any.
	 */
	static String describe(String title, String pageLink) {
		int query = pageLink.indexOf('?');
		return (query < 0 || query == pageLink.length() - 1) ? title
				: title + " (" + pageLink.substring(query + 1) + ")";
	}

	/**
	 * A table from its parts, for lists that need no class of their own; {@code rowCount}
	 * is asked when the export starts, {@code rows} when it is written.
	 */
	static ExportTable of(String fileName, String description, List<String> headers, LongSupplier rowCount,
			Consumer<Consumer<List<?>>> rows) {
		return new ExportTable() {

			@Override
			public String fileName() {
				return fileName;
			}

			@Override
			public String description() {
				return description;
			}

			@Override
			public List<String> headers() {
				return headers;
			}

			@Override
			public long rowCount() {
				return rowCount.getAsLong();
			}

			@Override
			public void rows(Consumer<List<?>> sink) {
				rows.accept(sink);
			}
		};
	}

}
