package org.fairflow.portal.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairflow.portal.finance.Reconciliation.Report;

import org.springframework.stereotype.Component;

/**
 * A day's reconciliation as CSV and as an Excel workbook. Headers are in both languages
 * (the files travel to accountants who read either); amounts are plain decimals with 2
 * places, refunds negative.
 */
@Component
class ReconciliationExports {

	static final String SUMMARY_SHEET = "汇总 Summary";

	static final String LINES_SHEET = "明细 Lines";

	static final List<String> LINE_HEADERS = List.of("时间 Time", "订单 Order", "单位 Unit", "渠道 Channel", "类型 Kind",
			"金额 Amount (CNY)");

	static final List<String> TOTAL_HEADERS = List.of("渠道 Channel", "收款笔数 Payments", "收款 Paid", "退款笔数 Refunds",
			"退款 Refunded", "净额 Net");

	static final String ALL_CHANNELS = "合计 All";

	/** Excel reads a file as UTF-8 only when it starts with the byte order mark. */
	private static final String BOM = "\uFEFF";

	byte[] csv(Report report, Locale locale) {
		StringBuilder csv = new StringBuilder(BOM);
		row(csv, LINE_HEADERS);
		for (DayLedger.Line line : report.ledger().lines()) {
			row(csv, List.of(report.dateTime(line.at()), line.orderRef(), text(report.unitName(line.unitId(), locale)),
					line.channel(), line.kind().name(), line.amount().toPlainString()));
		}
		csv.append("\r\n");
		row(csv, TOTAL_HEADERS);
		for (DayLedger.Totals totals : report.ledger().channels()) {
			totalsRow(csv, totals.channel(), totals);
		}
		totalsRow(csv, ALL_CHANNELS, report.ledger().total());
		csv.append("\r\n");
		row(csv, List.of("对账日 Day", report.day().toString(), "时区 Time zone", report.zone().getId()));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Writes the workbook to the stream (the response), which it leaves open. */
	void xlsx(Report report, Locale locale, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);

			XSSFSheet summary = workbook.createSheet(SUMMARY_SHEET);
			XSSFRow dayRow = summary.createRow(0);
			dayRow.createCell(0).setCellValue("对账日 Day");
			dayRow.createCell(1).setCellValue(report.day().toString());
			XSSFRow zoneRow = summary.createRow(1);
			zoneRow.createCell(0).setCellValue("时区 Time zone");
			zoneRow.createCell(1).setCellValue(report.zone().getId());
			headerRow(summary.createRow(3), TOTAL_HEADERS, header);
			int r = 4;
			for (DayLedger.Totals totals : report.ledger().channels()) {
				totalsRow(summary.createRow(r++), totals.channel(), totals, money);
			}
			totalsRow(summary.createRow(r), ALL_CHANNELS, report.ledger().total(), money);

			XSSFSheet lines = workbook.createSheet(LINES_SHEET);
			headerRow(lines.createRow(0), LINE_HEADERS, header);
			r = 1;
			for (DayLedger.Line line : report.ledger().lines()) {
				XSSFRow row = lines.createRow(r++);
				row.createCell(0).setCellValue(report.dateTime(line.at()));
				row.createCell(1).setCellValue(line.orderRef());
				row.createCell(2).setCellValue(report.unitName(line.unitId(), locale));
				row.createCell(3).setCellValue(line.channel());
				row.createCell(4).setCellValue(line.kind().name());
				amount(row.createCell(5), line.amount(), money);
			}
			for (int c = 0; c < LINE_HEADERS.size(); c++) {
				summary.setColumnWidth(c, 18 * 256);
				lines.setColumnWidth(c, ((c == 2) ? 40 : 20) * 256);
			}
			workbook.write(out);
		}
	}

	private static void totalsRow(StringBuilder csv, String channel, DayLedger.Totals totals) {
		row(csv, List.of(channel, String.valueOf(totals.payments()), totals.paid().toPlainString(),
				String.valueOf(totals.refunds()), totals.refunded().toPlainString(), totals.net().toPlainString()));
	}

	private static void totalsRow(XSSFRow row, String channel, DayLedger.Totals totals, CellStyle money) {
		row.createCell(0).setCellValue(channel);
		count(row.createCell(1), totals.payments());
		amount(row.createCell(2), totals.paid(), money);
		count(row.createCell(3), totals.refunds());
		amount(row.createCell(4), totals.refunded(), money);
		amount(row.createCell(5), totals.net(), money);
	}

	private static void headerRow(XSSFRow row, List<String> headers, CellStyle style) {
		for (int c = 0; c < headers.size(); c++) {
			XSSFCell cell = row.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(style);
		}
	}

	/**
	 * A numeric cell holding the decimal exactly as written ({@code 0.30}, not the binary
	 * double nearest to it): the cell's value is set as text in the sheet's XML, which is
	 * how the file stores a number anyway.
	 */
	private static void amount(XSSFCell cell, BigDecimal amount, CellStyle money) {
		count(cell, 0);
		cell.getCTCell().setV(amount.toPlainString());
		cell.setCellStyle(money);
	}

	/**
	 * A numeric cell with a whole number, written as one ({@code 3}, not {@code 3.0}).
	 */
	private static void count(XSSFCell cell, int count) {
		cell.setCellValue(count);
		cell.getCTCell().setV(Integer.toString(count));
	}

	private static void row(StringBuilder csv, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			if (c > 0) {
				csv.append(',');
			}
			csv.append(quoted(cells.get(c)));
		}
		csv.append("\r\n");
	}

	private static String quoted(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	/**
	 * A text a unit wrote (its name): one that starts like a formula is opened by a
	 * spreadsheet as text, not run.
	 */
	private static String text(String value) {
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
