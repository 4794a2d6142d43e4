package org.fairflow.portal.badge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch file: UTF-8 CSV, a header row naming the columns, then one person per row. A
 * row is numbered by the file line it starts on (the header is line 1).
 */
final class PersonCsv {

	static final int MAX_ROWS = 500;

	static final int MAX_BYTES = 1024 * 1024;

	static final List<String> COLUMNS = List.of("nationality", "nameZh", "nameEn", "gender", "documentType",
			"documentNumber", "birthDate", "mobile", "email", "jobTitle", "badgeType", "entryFrom", "entryTo");

	private PersonCsv() {
	}

	/** A data row: its line number and the person it describes, or a problem with it. */
	record Row(int line, PersonForm form, String problemKey) {
	}

	/**
	 * Reads the file, or throws with the message key of why the whole file is refused.
	 */
	static List<Row> read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new PersonException("csv", "badge.csv.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw new PersonException("csv", "badge.csv.tooLarge");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new PersonException("csv", "badge.csv.encoding");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Record> records = records(text);
		if (records.isEmpty()) {
			throw new PersonException("csv", "badge.csv.required");
		}
		Map<String, Integer> index = new HashMap<>();
		List<String> header = records.get(0).cells();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip();
			String column = COLUMNS.stream().filter((c) -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
			if (column == null || index.containsKey(column)) {
				throw new PersonException("csv", "badge.csv.header");
			}
			index.put(column, i);
		}
		if (!index.keySet().containsAll(COLUMNS)) {
			throw new PersonException("csv", "badge.csv.header");
		}
		List<Row> rows = new ArrayList<>();
		for (Record record : records.subList(1, records.size())) {
			if (record.cells().stream().allMatch(String::isBlank)) {
				continue;
			}
			if (rows.size() == MAX_ROWS) {
				throw new PersonException("csv", "badge.csv.tooManyRows");
			}
			if (record.cells().size() != header.size()) {
				rows.add(new Row(record.line(), null, "badge.csv.columns"));
				continue;
			}
			rows.add(new Row(record.line(), form(record.cells(), index), null));
		}
		if (rows.isEmpty()) {
			throw new PersonException("csv", "badge.csv.noRows");
		}
		return rows;
	}

	private static PersonForm form(List<String> cells, Map<String, Integer> index) {
		PersonForm form = new PersonForm();
		form.setNationality(cells.get(index.get("nationality")));
		form.setNameZh(cells.get(index.get("nameZh")));
		form.setNameEn(cells.get(index.get("nameEn")));
		form.setGender(cells.get(index.get("gender")));
		form.setDocumentType(cells.get(index.get("documentType")));
		form.setDocumentNumber(cells.get(index.get("documentNumber")));
		form.setBirthDate(cells.get(index.get("birthDate")));
		form.setMobile(cells.get(index.get("mobile")));
		form.setEmail(cells.get(index.get("email")));
		form.setJobTitle(cells.get(index.get("jobTitle")));
		form.setBadgeType(cells.get(index.get("badgeType")));
		form.setEntryFrom(cells.get(index.get("entryFrom")));
		form.setEntryTo(cells.get(index.get("entryTo")));
		return form;
	}

	private record Record(int line, List<String> cells) {
	}

	/** RFC 4180: commas, double quotes, "" inside quotes, CRLF or LF line ends. */
	private static List<Record> records(String text) {
		List<Record> records = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int start = 1;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
				continue;
			}
			if (c == '"' && cell.toString().isBlank()) {
				quoted = true;
				cell.setLength(0);
				any = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
				any = true;
			}
			else if (c == '\r') {
				// part of CRLF: the \n ends the record
			}
			else if (c == '\n') {
				cells.add(cell.toString());
				records.add(new Record(start, List.copyOf(cells)));
				cells.clear();
				cell.setLength(0);
				any = false;
				line++;
				start = line;
			}
			else {
				cell.append(c);
				any = true;
			}
		}
		if (any || cell.length() > 0) {
			cells.add(cell.toString());
			records.add(new Record(start, List.copyOf(cells)));
		}
		return records;
	}

	static String header() {
		return String.join(",", COLUMNS);
	}

}
