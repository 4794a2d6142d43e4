package org.fairflow.portal.finance;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The daily reconciliation: who may open it, the day's boundaries in the fair's zone
 * (Asia/Shanghai), exact sums per channel, refunds from a {@link RefundedMoney} bean, and
 * the CSV and Excel exports read back byte for byte and cell for cell.
 */
@PortalTest
@AutoConfigureMockMvc
class ReconciliationWebTest {

	private static final ZoneId FAIR_ZONE = ZoneId.of("Asia/Shanghai");

	/** Days of their own, far from today, so no other test's payment lands on them. */
	private static final AtomicInteger DAYS = new AtomicInteger((int) (System.nanoTime() % 5000));

	private static final String FAKE_REFUNDS = "reconciliationWebTestRefunds";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	Fixtures.Tree tree;

	PortalUser finance;

	PortalUser organiser;

	Long unitId;

	String unitName;

	LocalDate day;

	final List<Refunded> refunds = new ArrayList<>();

	@BeforeEach
	void financeAndAPayingUnit() {
		this.tree = this.fixtures.tree();
		int n = DAYS.incrementAndGet();
		this.day = LocalDate.of(2040, 1, 1).plusDays(n);
		this.finance = account(Role.FINANCE, "fin");
		this.organiser = account(Role.ORGANISER, "orgr");
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		this.unitName = "对账测试单位" + n;
		this.jdbc.update("insert into unit (credit_code, name_zh, name_en, address, contact_name, contact_mobile,"
				+ " contact_email, category, organisation_id, product_areas, status, created_at, updated_at)"
				+ " values (?, ?, ?, '上海市测试路 1 号', '李联络', '13912345678', 'contact@example.com', 'ENTERPRISE', ?,"
				+ " 'FOOD_AGRI', 'APPROVED', current_timestamp, current_timestamp)", code, this.unitName,
				"Reconciliation unit " + n, this.tree.sub().getId());
		this.unitId = this.jdbc.queryForObject("select id from unit where credit_code = ?", Long.class, code);
	}

	@AfterEach
	void withoutTheFakeRefunds() {
		DefaultListableBeanFactory beans = (DefaultListableBeanFactory) this.context.getBeanFactory();
		if (beans.containsSingleton(FAKE_REFUNDS)) {
			beans.destroySingleton(FAKE_REFUNDS);
		}
	}

	@Test
	void financeAndTheOrganiserMayOpenItOthersMayNot() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.tree.delegationReviewer());
		String liaisonCode = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		this.accounts.create(liaisonCode, Fixtures.PASSWORD, Role.APPLICANT, "联络人", null, this.unitId);
		PortalUser liaison = this.fixtures.user(liaisonCode);

		for (String path : List.of("/finance", "/finance/reconciliation", "/finance/reconciliation.csv",
				"/finance/reconciliation.xlsx")) {
			assertThat(status(get(path).with(user(reviewer)))).as(path).isEqualTo(403);
			assertThat(status(get(path).with(user(liaison)))).as(path).isEqualTo(403);
			assertThat(status(get(path))).as(path).isEqualTo(302);
			assertThat(status(get(path).with(user(this.finance)))).as(path).isEqualTo(200);
			assertThat(status(get(path).with(user(this.organiser)))).as(path).isEqualTo(200);
		}
		assertThat(page(get("/tasks").with(user(this.finance)))).contains("id=\"nav-finance\"");
		assertThat(page(get("/tasks").with(user(reviewer)))).doesNotContain("id=\"nav-finance\"");
	}

	@Test
	void aDayRunsFromMidnightToMidnightInTheFairsZone() throws Exception {
		Long first = paid("ONLINE", "10.00", local(this.day, "00:00:00"));
		Long last = paid("TRANSFER", "20.00", local(this.day, "23:59:59"));
		Long dayBefore = paid("ONLINE", "30.00", local(this.day.minusDays(1), "23:59:59"));
		Long dayAfter = paid("ONLINE", "40.00", local(this.day.plusDays(1), "00:00:00"));

		String html = page(reconciliation(this.day));
		String next = page(reconciliation(this.day.plusDays(1)));

		assertThat(html).contains("data-order=\"" + first + "\"")
			.contains("data-order=\"" + last + "\"")
			.doesNotContain("data-order=\"" + dayBefore + "\"")
			.doesNotContain("data-order=\"" + dayAfter + "\"")
			.contains(">00:00:00<")
			.contains(">23:59:59<")
			.contains(this.unitName);
		assertThat(net(html, "ALL")).isEqualTo("30.00");
		assertThat(next).contains("data-order=\"" + dayAfter + "\"").doesNotContain("data-order=\"" + last + "\"");
	}

	@Test
	void theSumsPerChannelAreExactAndRefundsFromTheSpiAreSubtracted() throws Exception {
		threeOnlineAndThreeTransfersWithOneRefund();

		String html = page(reconciliation(this.day));
		String en = page(reconciliation(this.day).param("lang", "en"));

		assertThat(totals(html, "ONLINE")).containsExactly("3", "360.00", "1", "120.00", "240.00");
		assertThat(totals(html, "TRANSFER")).containsExactly("3", "0.40", "0", "0.00", "0.40");
		assertThat(totals(html, "ALL")).containsExactly("6", "360.40", "1", "120.00", "240.40");
		assertThat(html).contains("data-kind=\"REFUND\"").contains(">-120.00<").contains("在线支付");
		assertThat(en).contains("Online payment").contains("Reconciliation unit");
	}

	@Test
	void aDayWithPaymentsAndNoRefundsNetsToWhatWasPaid() throws Exception {
		paid("ONLINE", "120.00", local(this.day, "09:00:00"));

		String html = page(reconciliation(this.day));

		assertThat(totals(html, "ONLINE")).containsExactly("1", "120.00", "0", "0.00", "120.00");
	}

	@Test
	void aDayWithoutMoneySaysSo() throws Exception {
		String zh = page(reconciliation(this.day));
		String en = page(reconciliation(this.day).param("lang", "en"));

		assertThat(zh).contains("id=\"reconciliation-empty\"").contains("当天没有收款").doesNotContain("ledger-line");
		assertThat(en).contains("No money was paid in or paid back that day.");
		assertThat(totals(zh, "ALL")).containsExactly("0", "0.00", "0", "0.00", "0.00");
	}

	@Test
	void aDayThatIsNotADateIsAnsweredWithAMessageNotAnError() throws Exception {
		for (String bad : List.of("2025-13-45", "yesterday", "2025-02-30", "1999-12-31", "99999-01-01")) {
			MvcResult page = perform(get("/finance/reconciliation").param("day", bad).with(user(this.finance)));
			MvcResult csv = perform(get("/finance/reconciliation.csv").param("day", bad).with(user(this.finance)));
			MvcResult xlsx = perform(get("/finance/reconciliation.xlsx").param("day", bad).with(user(this.finance)));

			assertThat(page.getResponse().getStatus()).as(bad).isEqualTo(400);
			assertThat(csv.getResponse().getStatus()).as(bad).isEqualTo(400);
			assertThat(xlsx.getResponse().getStatus()).as(bad).isEqualTo(400);
			assertThat(page.getResponse().getContentAsString()).as(bad)
				.contains("id=\"day-error\"")
				.contains("id=\"day-form\"");
			assertThat(csv.getResponse().getContentAsString()).contains("id=\"day-error\"");
		}
		String notADate = perform(
				get("/finance/reconciliation").param("day", "yesterday").param("lang", "en").with(user(this.finance)))
			.getResponse()
			.getContentAsString();
		String tooEarly = perform(get("/finance/reconciliation").param("day", "1999-12-31").with(user(this.finance)))
			.getResponse()
			.getContentAsString();
		assertThat(notADate).contains("is not a date; please write it as YYYY-MM-DD");
		assertThat(tooEarly).contains("超出范围").contains("2000-01-01");
	}

	@Test
	void withoutADayItIsTodayInTheFairsZone() throws Exception {
		String html = page(get("/finance/reconciliation").with(user(this.finance)));

		assertThat(html).contains("data-day=\"" + LocalDate.now(FAIR_ZONE) + "\"");
	}

	@Test
	void theCsvStartsWithTheByteOrderMarkAndCarriesTheLinesAndTotals() throws Exception {
		List<Long> orders = threeOnlineAndThreeTransfersWithOneRefund();

		MvcResult result = perform(
				get("/finance/reconciliation.csv").param("day", this.day.toString()).with(user(this.finance)));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("reconciliation-" + this.day + ".csv");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<String> rows = csv.lines().toList();
		assertThat(rows.get(0)).isEqualTo("时间 Time,订单 Order,单位 Unit,渠道 Channel,类型 Kind,金额 Amount (CNY)");
		assertThat(rows)
			.contains(this.day + " 09:00:00,order-" + orders.get(0) + "," + this.unitName + ",ONLINE,PAYMENT,120.00")
			.contains(this.day + " 15:00:00,order-" + orders.get(0) + "," + this.unitName + ",ONLINE,REFUND,-120.00")
			.contains(this.day + " 12:00:00,order-" + orders.get(3) + "," + this.unitName + ",TRANSFER,PAYMENT,0.10")
			.contains("渠道 Channel,收款笔数 Payments,收款 Paid,退款笔数 Refunds,退款 Refunded,净额 Net")
			.contains("ONLINE,3,360.00,1,120.00,240.00")
			.contains("TRANSFER,3,0.40,0,0.00,0.40")
			.contains("合计 All,6,360.40,1,120.00,240.40")
			.contains("对账日 Day," + this.day + ",时区 Time zone,Asia/Shanghai");
	}

	@Test
	void theWorkbookHasASummaryAndALinesSheetWithExactNumericCells() throws Exception {
		threeOnlineAndThreeTransfersWithOneRefund();

		MvcResult result = perform(
				get("/finance/reconciliation.xlsx").param("day", this.day.toString()).with(user(this.organiser)));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("汇总 Summary");
			assertThat(workbook.getSheetName(1)).isEqualTo("明细 Lines");
			XSSFSheet summary = workbook.getSheet("汇总 Summary");
			assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo(this.day.toString());
			assertThat(amounts(summaryRow(summary, "ONLINE"))).containsExactly(new BigDecimal("3"),
					new BigDecimal("360.00"), new BigDecimal("1"), new BigDecimal("120.00"), new BigDecimal("240.00"));
			assertThat(amounts(summaryRow(summary, "TRANSFER"))).containsExactly(new BigDecimal("3"),
					new BigDecimal("0.40"), new BigDecimal("0"), new BigDecimal("0.00"), new BigDecimal("0.40"));
			assertThat(amounts(summaryRow(summary, "合计 All"))).containsExactly(new BigDecimal("6"),
					new BigDecimal("360.40"), new BigDecimal("1"), new BigDecimal("120.00"), new BigDecimal("240.40"));
			XSSFCell net = summaryRow(summary, "TRANSFER").getCell(5);
			assertThat(net.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(net.getCellStyle().getDataFormatString()).isEqualTo("0.00");
			// The file holds the decimal as written, not a binary approximation of it.
			assertThat(net.getRawValue()).isEqualTo("0.40");

			XSSFSheet lines = workbook.getSheet("明细 Lines");
			assertThat(lines.getRow(0).getCell(5).getStringCellValue()).isEqualTo("金额 Amount (CNY)");
			assertThat(lines.getLastRowNum()).isEqualTo(7);
			List<String> amounts = new ArrayList<>();
			List<String> kinds = new ArrayList<>();
			for (int r = 1; r <= 7; r++) {
				XSSFCell amount = lines.getRow(r).getCell(5);
				assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("0.00");
				amounts.add(amount.getRawValue());
				kinds.add(lines.getRow(r).getCell(4).getStringCellValue());
				assertThat(lines.getRow(r).getCell(2).getStringCellValue()).isEqualTo(this.unitName);
			}
			assertThat(amounts).containsExactly("120.00", "120.00", "120.00", "0.10", "0.10", "0.20", "-120.00");
			assertThat(kinds).containsExactly("PAYMENT", "PAYMENT", "PAYMENT", "PAYMENT", "PAYMENT", "PAYMENT",
					"REFUND");
			BigDecimal sum = BigDecimal.ZERO;
			for (String a : amounts) {
				sum = sum.add(new BigDecimal(a));
			}
			assertThat(sum).isEqualTo(new BigDecimal("240.40"));
		}
	}

	@Test
	void aRefundTheSpiReturnsForAnotherDayIsNotCounted() throws Exception {
		Long order = paid("ONLINE", "80.00", local(this.day, "10:00:00"));
		this.refunds.add(new Refunded(1L, order, this.unitId, "ONLINE", new BigDecimal("80.00"),
				local(this.day.plusDays(1), "00:00:00")));
		this.refunds
			.add(new Refunded(2L, order, this.unitId, "TRANSFER", new BigDecimal("5.00"), local(this.day, "23:59:59")));
		fakeRefunds();

		String html = page(reconciliation(this.day));

		assertThat(totals(html, "ONLINE")).containsExactly("1", "80.00", "0", "0.00", "80.00");
		assertThat(totals(html, "TRANSFER")).containsExactly("0", "0.00", "1", "5.00", "-5.00");
	}

	/**
	 * Six payments on the test's day (3 × 120.00 online from 09:00, 0.10, 0.10 and 0.20
	 * by transfer from 12:00) and a refund of 120.00 online at 15:00; returns the order
	 * ids.
	 */
	private List<Long> threeOnlineAndThreeTransfersWithOneRefund() {
		List<Long> orders = new ArrayList<>();
		orders.add(paid("ONLINE", "120.00", local(this.day, "09:00:00")));
		orders.add(paid("ONLINE", "120.00", local(this.day, "10:00:00")));
		orders.add(paid("ONLINE", "120.00", local(this.day, "11:00:00")));
		orders.add(paid("TRANSFER", "0.10", local(this.day, "12:00:00")));
		orders.add(paid("TRANSFER", "0.10", local(this.day, "13:00:00")));
		orders.add(paid("TRANSFER", "0.20", local(this.day, "14:00:00")));
		this.refunds.add(new Refunded(77L, orders.get(0), this.unitId, "ONLINE", new BigDecimal("120.00"),
				local(this.day, "15:00:00")));
		fakeRefunds();
		return orders;
	}

	/** A RefundedMoney bean in the running portal, as the refund feature will add one. */
	private void fakeRefunds() {
		List<Refunded> returned = List.copyOf(this.refunds);
		RefundedMoney fake = (from, to) -> returned;
		((DefaultListableBeanFactory) this.context.getBeanFactory()).registerSingleton(FAKE_REFUNDS, fake);
	}

	private Long paid(String channel, String total, Instant paidAt) {
		Timestamp at = Timestamp.from(paidAt);
		return this.jdbc.queryForObject(
				"insert into payment_order (unit_id, status, total, created_by, created_at, updated_at, paid_at,"
						+ " paid_by) values (?, 'PAID', ?, 'test', ?, ?, ?, ?) returning id",
				Long.class, this.unitId, new BigDecimal(total), at, at, at, channel);
	}

	private static Instant local(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time)).atZone(FAIR_ZONE).toInstant();
	}

	private PortalUser account(Role role, String prefix) {
		String username = prefix + DAYS.incrementAndGet() + "x" + System.nanoTime() % 1000;
		this.accounts.create(username, Fixtures.PASSWORD, role, "对账" + username, this.tree.organiser().getId(), null);
		return this.fixtures.user(username);
	}

	private MockHttpServletRequestBuilder reconciliation(LocalDate day) {
		return get("/finance/reconciliation").param("day", day.toString()).with(user(this.finance));
	}

	/** Payments, paid, refunds, refunded, net of a channel's row on the page. */
	private static List<String> totals(String html, String channel) {
		int row = html.indexOf("data-channel=\"" + channel + "\"", html.indexOf("id=\"reconciliation-totals\""));
		assertThat(row).as(channel).isPositive();
		String rest = html.substring(row, html.indexOf("</tr>", row));
		List<String> values = new ArrayList<>();
		for (String css : List.of("payments", "paid", "refunds", "refunded", "net")) {
			int cell = rest.indexOf("text-end " + css + "\">");
			values.add(rest.substring(cell + ("text-end " + css + "\">").length(), rest.indexOf('<', cell)));
		}
		return values;
	}

	private static String net(String html, String channel) {
		return totals(html, channel).get(4);
	}

	private static XSSFRow summaryRow(XSSFSheet sheet, String channel) {
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			XSSFRow row = sheet.getRow(r);
			if (row != null && row.getCell(0) != null && channel.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + channel);
	}

	/** The numeric cells 1..5 of a summary row, as the file holds them. */
	private static List<BigDecimal> amounts(XSSFRow row) {
		List<BigDecimal> values = new ArrayList<>();
		for (int c = 1; c <= 5; c++) {
			assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
			values.add(new BigDecimal(row.getCell(c).getRawValue()));
		}
		return values;
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int status(RequestBuilder request) throws Exception {
		return perform(request).getResponse().getStatus();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

}
