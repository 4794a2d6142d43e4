package org.fairflow.portal.export;

/** What a cell's text becomes in an exported file. */
public final class Cells {

	private Cells() {
	}

	/**
	 * The text, prefixed with an apostrophe when a spreadsheet would read it as a formula
	 * (it starts with = + - @, a tab or a carriage return), so {@code =HYPERLINK(...)}
	 * typed into a form stays text.
	 */
	public static String neutralised(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return ("=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	static String sheetName(String fileName) {
		String name = fileName.replaceAll("[\\\\/?*\\[\\]:]", "-");
		return (name.length() > 31) ? name.substring(0, 31) : name;
	}

}
