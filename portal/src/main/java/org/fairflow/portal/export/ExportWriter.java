package org.fairflow.portal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one table to a stream, row by row: CSV through a buffered writer, XLSX through
 * POI's streaming workbook, which keeps a window of {@value #WINDOW} rows in memory and
 * flushes the rest to a temporary file.
 */
final class ExportWriter {

	static final int WINDOW = 100;

	/** Excel reads a CSV file as UTF-8 only when it starts with the byte order mark. */
	static final String BOM = "\uFEFF";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	ExportWriter(ZoneId zone) {
		this.zone = zone;
	}

	/** Writes the table; {@code progress} hears the number of rows written so far. */
	long write(ExportTable table, ExportFormat format, OutputStream out, LongConsumer progress) throws IOException {
		return write(table, format, out, progress, (rows) -> {
		});
	}

	/**
	 * Writes the table; {@code rowsInMemory} hears, after each XLSX row, how many rows
	 * the workbook still holds in memory (the bounded-memory test's witness).
	 */
	long write(ExportTable table, ExportFormat format, OutputStream out, LongConsumer progress,
			IntConsumer rowsInMemory) throws IOException {
		return switch (format) {
			case CSV -> csv(table, out, progress);
			case XLSX -> xlsx(table, out, progress, rowsInMemory);
		};
	}

	private long csv(ExportTable table, OutputStream out, LongConsumer progress) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write(BOM);
		csvLine(writer, table.headers());
		long[] count = { 0 };
		try {
			table.rows((cells) -> {
				try {
					csvLine(writer, cells);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				progress.accept(++count[0]);
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.flush();
		return count[0];
	}

	private void csvLine(Writer writer, List<?> cells) throws IOException {
		for (int c = 0; c < cells.size(); c++) {
			if (c > 0) {
				writer.write(',');
			}
			Object value = cells.get(c);
			String text = (value instanceof Number number) ? number(number) : Cells.neutralised(text(value));
			writer.write('"');
			writer.write(text.replace("\"", "\"\""));
			writer.write('"');
		}
		writer.write("\r\n");
	}

	private long xlsx(ExportTable table, OutputStream out, LongConsumer progress, IntConsumer rowsInMemory)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			SXSSFSheet sheet = workbook.createSheet(Cells.sheetName(table.fileName()));
			Row header = sheet.createRow(0);
			List<String> headers = table.headers();
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(c, 20 * 256);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			table.rows((cells) -> {
				Row row = sheet.createRow(next[0]++);
				for (int c = 0; c < cells.size(); c++) {
					Object value = cells.get(c);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						// Excel never evaluates a string cell, but the text may be copied
						// into a formula or another file from there.
						cell.setCellValue(Cells.neutralised(text(value)));
					}
				}
				progress.accept(next[0] - 1L);
				rowsInMemory.accept(sheet.getLastRowNum() - sheet.getLastFlushedRowNum());
			});
			workbook.write(out);
			out.flush();
			return next[0] - 1L;
		}
		finally {
			// The rows flushed so far sit in a temporary file until disposed.
			workbook.dispose();
			workbook.close();
		}
	}

	private String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(this.zone));
		}
		if (value instanceof java.time.LocalDateTime dateTime) {
			return DATE_TIME.format(dateTime);
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		return value.toString();
	}

	private static String number(Number number) {
		return (number instanceof BigDecimal decimal) ? decimal.toPlainString() : number.toString();
	}

}
