package org.fairflow.portal.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * For other modules' tests: an exported file read back as rows of text, the header row
 * first, so a test compares what a user would see in Excel with what the page lists.
 */
public final class ExportedFile {

	private ExportedFile() {
	}

	/**
	 * The rows of a CSV export; fails unless it starts with the byte order mark and
	 * quotes every cell, as Excel needs.
	 */
	public static List<List<String>> csv(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8);
		if (!text.startsWith("\uFEFF")) {
			throw new AssertionError("CSV export without the UTF-8 byte order mark");
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		int i = 1;
		while (i < text.length()) {
			if (text.charAt(i) != '"') {
				throw new AssertionError("Unquoted cell at character " + i + ": " + text.substring(i));
			}
			StringBuilder cell = new StringBuilder();
			i++;
			while (true) {
				char c = text.charAt(i++);
				if (c == '"' && i < text.length() && text.charAt(i) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					break;
				}
				else {
					cell.append(c);
				}
			}
			row.add(cell.toString());
			if (text.startsWith(",", i)) {
				i++;
			}
			else if (text.startsWith("\r\n", i)) {
				i += 2;
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				throw new AssertionError("Expected , or CRLF at character " + i);
			}
		}
		return rows;
	}

	/** The rows of the first sheet of an XLSX export, each cell as Excel shows it. */
	public static List<List<String>> xlsx(byte[] file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add((row.getCell(c) != null) ? formatter.formatCellValue(row.getCell(c)) : "");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
