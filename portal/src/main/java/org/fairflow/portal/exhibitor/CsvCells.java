package org.fairflow.portal.exhibitor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV lines that Excel opens safely: every cell quoted, and a cell that a spreadsheet
 * would read as a formula (starting with = + - @, a tab or a carriage return) prefixed
 * with an apostrophe, so a label typed as {@code =HYPERLINK(...)} stays text.
 */
final class CsvCells {

	/** Excel reads a file as UTF-8 only when it starts with this byte order mark. */
	static final String BOM = "\uFEFF";

	private CsvCells() {
	}

	static String line(List<String> cells) {
		return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	static String cell(String value) {
		String text = (value == null) ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
