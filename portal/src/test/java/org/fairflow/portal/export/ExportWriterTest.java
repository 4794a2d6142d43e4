package org.fairflow.portal.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the files hold: CSV with a byte order mark and every cell quoted, XLSX read back
 * with POI; in both, text a spreadsheet would run as a formula is neutralised while
 * numbers stay numbers; and a long list passes through a bounded window.
 */
class ExportWriterTest {

	private static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)",
			"\tTAB", "\rCR");

	private final ExportWriter writer = new ExportWriter(ZoneId.of("Asia/Shanghai"));

	@Test
	void csvStartsWithTheByteOrderMarkQuotesEveryCellAndDoublesQuotes() throws IOException {
		String csv = csv(table(List.of("名称", "金额"), List.of(List.of("说\"你好\", 世界", new BigDecimal("12.50")))));

		assertThat(csv).startsWith("\uFEFF\"名称\",\"金额\"\r\n");
		assertThat(csv).contains("\"说\"\"你好\"\", 世界\",\"12.50\"\r\n");
		assertThat(ExportedFile.csv(csv.getBytes(StandardCharsets.UTF_8))).containsExactly(List.of("名称", "金额"),
				List.of("说\"你好\", 世界", "12.50"));
	}

	@Test
	void csvNeutralisesFormulaTextButNotNumbersOrNulls() throws IOException {
		List<List<?>> rows = new ArrayList<>();
		DANGEROUS.forEach((text) -> rows.add(List.of(text)));
		rows.add(List.of(new BigDecimal("-100.00")));
		rows.add(Arrays.asList((Object) null));
		rows.add(List.of("plain = text"));

		List<String> lines = List.of(csv(table(List.of("cell"), rows)).split("\r\n"));

		assertThat(lines).containsSubsequence("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "\"'+1+1\"", "\"'-2+3\"",
				"\"'@SUM(A1)\"", "\"'\tTAB\"", "\"'\rCR\"", "\"-100.00\"", "\"\"", "\"plain = text\"");
	}

	@Test
	void xlsxKeepsNumbersNumericNeutralisesFormulaTextAndLeavesNullsEmpty() throws IOException {
		List<List<?>> rows = new ArrayList<>();
		DANGEROUS.forEach((text) -> rows.add(Arrays.asList(text, null)));
		rows.add(Arrays.asList(new BigDecimal("-12.34"), 7L));
		rows.add(Arrays.asList(LocalDate.of(2027, 11, 5), Instant.parse("2027-11-05T01:30:00Z")));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long written = this.writer.write(table(List.of("a", "b"), rows), ExportFormat.XLSX, out, (n) -> {
		});

		assertThat(written).isEqualTo(rows.size());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("a");
			for (int i = 0; i < DANGEROUS.size(); i++) {
				XSSFRow row = sheet.getRow(i + 1);
				assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + DANGEROUS.get(i));
				assertThat(row.getCell(1)).as("null is an empty cell").isNull();
			}
			XSSFRow numbers = sheet.getRow(DANGEROUS.size() + 1);
			assertThat(numbers.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(numbers.getCell(0).getNumericCellValue()).isEqualTo(-12.34);
			assertThat(numbers.getCell(1).getNumericCellValue()).isEqualTo(7);
			XSSFRow dates = sheet.getRow(DANGEROUS.size() + 2);
			assertThat(dates.getCell(0).getStringCellValue()).isEqualTo("2027-11-05");
			assertThat(dates.getCell(1).getStringCellValue()).as("in the fair's zone").isEqualTo("2027-11-05 09:30:00");
		}
	}

	/**
	 * Boundedness without timing: the rows are made one at a time by the table (never a
	 * list), and after every row the workbook reports how many rows it still holds in
	 * memory, which must never exceed the window; the CSV writer must have handed bytes
	 * to the output long before the last row was made.
	 */
	@Test
	void aHundredThousandRowsPassThroughABoundedWindow() throws IOException {
		int total = 100_000;
		ExportTable generated = new ExportTable() {

			@Override
			public String fileName() {
				return "generated";
			}

			@Override
			public String description() {
				return "generated";
			}

			@Override
			public List<String> headers() {
				return List.of("n", "text");
			}

			@Override
			public long rowCount() {
				return total;
			}

			@Override
			public void rows(Consumer<List<?>> sink) {
				for (int n = 1; n <= total; n++) {
					sink.accept(List.of(n, "row " + n));
				}
			}
		};
		int[] mostInMemory = { 0 };
		CountingStream xlsx = new CountingStream();
		long rows = this.writer.write(generated, ExportFormat.XLSX, xlsx, (n) -> {
		}, (inMemory) -> mostInMemory[0] = Math.max(mostInMemory[0], inMemory));

		assertThat(rows).isEqualTo(total);
		assertThat(mostInMemory[0]).isPositive().isLessThanOrEqualTo(ExportWriter.WINDOW);
		assertThat(xlsx.bytes).isPositive();

		CountingStream csv = new CountingStream();
		long[] bytesAtHalf = { -1 };
		this.writer.write(generated, ExportFormat.CSV, csv, (n) -> {
			if (n == total / 2) {
				bytesAtHalf[0] = csv.bytes;
			}
		});
		assertThat(bytesAtHalf[0]).as("written while the rows still come").isGreaterThan(csv.bytes / 4);
	}

	private String csv(ExportTable table) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.writer.write(table, ExportFormat.CSV, out, (n) -> {
		});
		return out.toString(StandardCharsets.UTF_8);
	}

	private static ExportTable table(List<String> headers, List<List<?>> rows) {
		return new ExportTable() {

			@Override
			public String fileName() {
				return "test";
			}

			@Override
			public String description() {
				return "test";
			}

			@Override
			public List<String> headers() {
				return headers;
			}

			@Override
			public long rowCount() {
				return rows.size();
			}

			@Override
			public void rows(Consumer<List<?>> sink) {
				rows.forEach(sink);
			}
		};
	}

	/** Counts what reaches it and keeps nothing. */
	private static final class CountingStream extends OutputStream {

		private long bytes;

		@Override
		public void write(int b) {
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
		}

	}

}
