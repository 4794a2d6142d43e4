package org.fairflow.portal.finance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairflow.portal.payment.Payments;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports on their own: a unit's name is data (quoted, never run as a formula), times
 * are the fair's, and an empty day still has its totals.
 */
class ReconciliationExportsTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final ReconciliationExports exports = new ReconciliationExports();

	@Test
	void aUnitNameIsQuotedAndOneThatLooksLikeAFormulaIsOpenedAsText() {
		Reconciliation.Report report = report(
				Map.of(1L, unit(1L, "=HYPERLINK(\"x\")", "Formula"), 2L, unit(2L, "甲, 乙 \"丙\"", "A, B")),
				order(10L, 1L, "5.00"), order(11L, 2L, "6.00"));

		String csv = new String(this.exports.csv(report, Locale.CHINESE), StandardCharsets.UTF_8);

		assertThat(csv).contains(",\"'=HYPERLINK(\"\"x\"\")\",ONLINE,PAYMENT,5.00\r\n")
			.contains(",\"甲, 乙 \"\"丙\"\"\",ONLINE,PAYMENT,6.00\r\n");
		assertThat(new String(this.exports.csv(report, Locale.ENGLISH), StandardCharsets.UTF_8))
			.contains(",Formula,ONLINE,PAYMENT,5.00");
	}

	@Test
	void timesAreTheFairsLocalTime() {
		Reconciliation.Report report = report(Map.of(), order(10L, 1L, "5.00"));

		String csv = new String(this.exports.csv(report, Locale.CHINESE), StandardCharsets.UTF_8);

		// 2030-03-01T16:30:00Z is half past midnight on 2 March in Shanghai.
		assertThat(csv).contains("2030-03-02 00:30:00,order-10,#1,ONLINE,PAYMENT,5.00");
	}

	@Test
	void anEmptyDayStillHasItsTotalsInBothFiles() throws Exception {
		Reconciliation.Report report = report(Map.of());

		String csv = new String(this.exports.csv(report, Locale.CHINESE), StandardCharsets.UTF_8);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		this.exports.xlsx(report, Locale.CHINESE, xlsx);

		assertThat(csv).startsWith("\uFEFF时间 Time,").contains("合计 All,0,0.00,0,0.00,0.00");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			assertThat(workbook.getSheet("明细 Lines").getLastRowNum()).isZero();
			assertThat(workbook.getSheet("汇总 Summary").getRow(6).getCell(0).getStringCellValue()).isEqualTo("合计 All");
			assertThat(workbook.getSheet("汇总 Summary").getRow(6).getCell(5).getRawValue()).isEqualTo("0.00");
		}
	}

	private static Reconciliation.Report report(Map<Long, RegisteredUnit> units, Payments.OrderView... orders) {
		return new Reconciliation.Report(LocalDate.of(2030, 3, 2), SHANGHAI, DayLedger.of(List.of(orders), List.of()),
				units);
	}

	private static RegisteredUnit unit(Long id, String nameZh, String nameEn) {
		return new RegisteredUnit(id, "91310000MA1FL0000" + id, nameZh, nameEn, 1L, "APPROVED");
	}

	private static Payments.OrderView order(Long id, Long unitId, String total) {
		Instant at = Instant.parse("2030-03-01T16:30:00Z").plusSeconds(id - 10);
		return new Payments.OrderView(id, unitId, "PAID", new BigDecimal(total), at, at, "ONLINE", null, List.of());
	}

}
