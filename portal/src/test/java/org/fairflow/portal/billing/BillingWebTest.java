package org.fairflow.portal.billing;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The invoice form, the unit's billing page and finance's list, through MockMvc: only the
 * unit's own paid orders, the title fixed to the payer, validation messages next to their
 * fields in the reader's language, and who may see finance's list.
 */
@PortalTest
@AutoConfigureMockMvc
class BillingWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	BillingTestData.PayingUnit unit;

	@BeforeEach
	void approvedUnit() {
		this.unit = BillingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void theFormOfAPaidOrderFixesTheTitleToThePayerAndPrefillsTheUnitsCodeAndContact() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PAID", "张三", "120.00", "李四", "80.50");

		String html = page(get("/billing/orders/" + orderId + "/invoice").with(user(this.unit.liaison())));

		assertThat(html).contains("id=\"invoice-form\"")
			.contains("id=\"title-fixed\"")
			.containsPattern("id=\"title\" name=\"title\" value=\"" + this.unit.nameZh() + "\" readonly")
			.contains("value=\"" + this.unit.creditCode() + "\"")
			.contains("value=\"contact@example.com\"")
			.contains("张三")
			.contains("李四")
			.contains("id=\"invoice-order-total\">200.50<");
	}

	@Test
	void invalidFieldsAreNamedNextToEachFieldInChineseAndEnglishAndTheEnteredValuesStay() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PAID", "王五", "200.00");

		String zh = page(special(orderId));
		String en = page(special(orderId).param("lang", "en"));

		assertThat(section(zh, "problems-taxNumber")).contains("纳税人识别号应为 18 位。");
		assertThat(section(zh, "problems-phone")).contains("电话号码格式不正确。");
		assertThat(section(zh, "problems-address")).contains("数电专票须填写地址。");
		assertThat(section(zh, "problems-bankName")).contains("数电专票须填写开户银行。");
		assertThat(section(zh, "problems-bankAccount")).contains("银行账号应为 8 至 32 位数字。");
		assertThat(zh).doesNotContain("id=\"problems-email\"")
			.contains("value=\"12345\"")
			.contains("value=\"abc\"")
			.contains("value=\"billing@example.com\"");
		assertThat(section(en, "problems-taxNumber")).contains("The tax number has 18 characters.");
		assertThat(section(en, "problems-address")).contains("A special invoice needs an address.");
		assertThat(en).doesNotContain("数电专票须填写地址");
		assertThat(BillingTestData.invoiceRows(this.jdbc, orderId)).isZero();
	}

	@Test
	void aPostedTitleIsIgnoredTheFormShowsThePayersName() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PAID", "赵六", "200.00");

		String html = page(special(orderId).param("title", "别的公司有限公司"));

		assertThat(html).doesNotContain("别的公司有限公司").contains("value=\"" + this.unit.nameZh() + "\" readonly");
	}

	@Test
	void anotherUnitsOrderIsNotFoundAndNothingIsStored() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PAID", "孙七", "200.00");
		BillingTestData.PayingUnit other = BillingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);

		assertThat(status(get("/billing/orders/" + orderId + "/invoice").with(user(other.liaison())))).isEqualTo(404);
		assertThat(status(ordinary(orderId, other.liaison()))).isEqualTo(404);
		assertThat(status(get("/billing/orders/" + orderId + "/invoice.pdf").with(user(other.liaison()))))
			.isEqualTo(404);
		assertThat(status(get("/billing/orders/999999999/invoice").with(user(this.unit.liaison())))).isEqualTo(404);
		assertThat(BillingTestData.invoiceRows(this.jdbc, orderId)).isZero();
	}

	@Test
	void anUnpaidOrderSaysItMustBePaidFirst() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PENDING", "周八", "200.00");

		String html = page(get("/billing/orders/" + orderId + "/invoice").with(user(this.unit.liaison())));
		MvcResult posted = perform(ordinary(orderId));

		assertThat(html).contains("id=\"invoice-not-paid\"").doesNotContain("id=\"invoice-form\"");
		assertThat(posted.getFlashMap().get("errorKey")).isEqualTo("billing.invoice.notPaid");
		assertThat(BillingTestData.invoiceRows(this.jdbc, orderId)).isZero();
	}

	@Test
	void anOrderRefundedInPartIsInvoicedForWhatItKeptAndNotWhileARefundRuns() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PAID", "冯一", "200.00", "陈二", "150.50");
		this.jdbc.update("update payment_item set status = 'REFUNDED' where order_id = ? and person_name = '陈二'",
				orderId);
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update(
				"insert into refund_request (unit_id, order_id, state, channel, amount, requested_by,"
						+ " requested_at, updated_at) values (?, ?, 'REQUESTED', 'ONLINE', 200.00, 'test', ?, ?)",
				this.unit.unitId(), orderId, now, now);

		String billing = page(get("/billing").with(user(this.unit.liaison())));
		String form = page(get("/billing/orders/" + orderId + "/invoice").with(user(this.unit.liaison())));
		MvcResult whileRefunding = perform(ordinary(orderId));

		assertThat(billing).contains("billing-line-refunded").contains("退款后实收 200.00");
		assertThat(section(form, "invoice-order-total")).contains(">200.00<");
		assertThat(whileRefunding.getFlashMap().get("errorKey")).isEqualTo("billing.invoice.refundOpen");
		assertThat(BillingTestData.invoiceRows(this.jdbc, orderId)).isZero();

		this.jdbc.update("update refund_request set state = 'REJECTED' where order_id = ?", orderId);
		MvcResult requested = perform(ordinary(orderId));
		MvcResult again = perform(ordinary(orderId));

		assertThat(requested.getFlashMap().get("errorKey")).isNull();
		assertThat(this.jdbc.queryForObject("select total from invoice_request where order_id = ?", BigDecimal.class,
				orderId))
			.isEqualByComparingTo("200.00");
		assertThat(again.getFlashMap().get("errorKey")).isIn("billing.invoice.alreadyRequested",
				"billing.invoice.alreadyIssued");
	}

	@Test
	void theBillingPageListsTheUnitsOrdersNewestFirstWithTheirActions() throws Exception {
		assertThat(page(get("/billing").with(user(this.unit.liaison())))).contains("id=\"billing-empty\"");
		Long pending = BillingTestData.order(this.jdbc, this.unit, "PENDING", "吴九", "200.00");
		Long paid = BillingTestData.order(this.jdbc, this.unit, "PAID", "郑十", "200.00");

		String html = page(get("/billing").with(user(this.unit.liaison())));

		assertThat(html).doesNotContain("id=\"billing-empty\"")
			.contains("href=\"/billing/orders/" + paid + "/invoice\"")
			.contains("href=\"/refunds/new?orderId=" + paid + "\"")
			.doesNotContain("href=\"/billing/orders/" + pending + "/invoice\"")
			.doesNotContain("href=\"/refunds/new?orderId=" + pending + "\"");
		assertThat(html.indexOf("data-order-id=\"" + paid + "\""))
			.isLessThan(html.indexOf("data-order-id=\"" + pending + "\""));
		assertThat(page(get("/billing").param("lang", "en").with(user(this.unit.liaison()))))
			.contains("Request invoice")
			.contains("Request refund");
	}

	@Test
	void financeAndTheOrganiserSeeIssuedInvoicesOthersAreForbidden() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PAID", "钱一", "200.00");
		LocalDate day = LocalDate.of(2026, 11, 5);
		this.jdbc.update("insert into invoice_request (order_id, unit_id, status, kind, buyer_kind, title, total,"
				+ " invoice_number, issue_date, invoice_total, requested_by, requested_at, updated_at, issued_at)"
				+ " values (?, ?, 'ISSUED', 'ORDINARY', 'UNIT', ?, 200.00, ?, ?, 200.00, 'test', current_timestamp,"
				+ " current_timestamp, current_timestamp)", orderId, this.unit.unitId(), this.unit.nameZh(),
				"2699" + orderId, Date.valueOf(day));
		PortalUser finance = BillingTestData.finance(this.fixtures, this.accounts, this.unit.tree());
		PortalUser organiser = BillingTestData.organiser(this.fixtures, this.accounts, this.unit.tree());
		PortalUser reviewer = this.fixtures.user(this.unit.tree().subReviewer());

		String list = page(get("/finance/invoices").with(user(finance)));
		String sameDay = page(get("/finance/invoices").param("day", "2026-11-05").with(user(organiser)));
		String otherDay = page(get("/finance/invoices").param("day", "2026-11-06").with(user(finance)));
		String badDay = page(get("/finance/invoices").param("day", "5.11.").with(user(finance)));

		assertThat(list).contains("data-order-id=\"" + orderId + "\"")
			.contains("2699" + orderId)
			.contains(this.unit.nameZh())
			.contains("href=\"/billing/orders/" + orderId + "/invoice.pdf\"");
		assertThat(sameDay).contains("data-order-id=\"" + orderId + "\"");
		assertThat(otherDay).doesNotContain("data-order-id=\"" + orderId + "\"");
		assertThat(badDay).contains("id=\"flash-error\"");
		assertThat(status(get("/finance/invoices").with(user(this.unit.liaison())))).isEqualTo(403);
		assertThat(status(get("/finance/invoices").with(user(reviewer)))).isEqualTo(403);
		assertThat(status(get("/billing").with(user(finance)))).isEqualTo(403);
		assertThat(page(get("/billing").with(user(this.unit.liaison())))).contains("id=\"nav-billing\"");
		assertThat(page(get("/finance/invoices").with(user(finance)))).contains("id=\"nav-finance-invoices\"");

		assertThat(sameDay).contains("href=\"/finance/invoices/export?day=2026-11-05&amp;format=xlsx\"");
		String exported = export("/finance/invoices/export?format=csv&day=2026-11-05", finance);
		assertThat(exported).startsWith("\uFEFF").contains("\"2699" + orderId + "\"").contains(this.unit.nameZh());
		assertThat(export("/finance/invoices/export?format=csv&day=2026-11-06", organiser))
			.doesNotContain("2699" + orderId);
		assertThat(status(get("/finance/invoices/export").param("format", "xlsx").with(user(finance)))).isEqualTo(200);
		assertThat(status(get("/finance/invoices/export").param("format", "csv").with(user(this.unit.liaison()))))
			.isEqualTo(403);
		assertThat(status(get("/finance/invoices/export").param("format", "pdf").with(user(finance)))).isEqualTo(400);
	}

	private String export(String url, PortalUser as) throws Exception {
		return this.mvc.perform(get(url).with(user(as)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** A special invoice with a short tax number, a bad phone and no address or bank. */
	private MockHttpServletRequestBuilder special(Long orderId) {
		return post("/billing/orders/" + orderId + "/invoice").param("kind", "SPECIAL")
			.param("taxNumber", "12345")
			.param("phone", "abc")
			.param("email", "billing@example.com")
			.param("address", "")
			.param("bankName", "")
			.param("bankAccount", "12")
			.with(user(this.unit.liaison()))
			.with(csrf());
	}

	private MockHttpServletRequestBuilder ordinary(Long orderId) {
		return ordinary(orderId, this.unit.liaison());
	}

	private MockHttpServletRequestBuilder ordinary(Long orderId, PortalUser as) {
		return post("/billing/orders/" + orderId + "/invoice").param("kind", "ORDINARY")
			.param("taxNumber", this.unit.creditCode())
			.param("email", "billing@example.com")
			.with(user(as))
			.with(csrf());
	}

	/** The element with this id and what follows it, up to the next field. */
	static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("element " + id).isNotNegative();
		return html.substring(start, Math.min(html.length(), start + 400));
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
