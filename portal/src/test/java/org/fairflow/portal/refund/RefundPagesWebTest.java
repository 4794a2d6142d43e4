package org.fairflow.portal.refund;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The unit's refund pages, finance's bank receipt, the simulated tax page and the
 * organiser's cancellation: only one's own orders, a confirmation before anything is
 * stored, and messages instead of errors.
 */
@PortalTest
@AutoConfigureMockMvc
class RefundPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RefundRequests requests;

	@Autowired
	HumanTasks tasks;

	RefundTestData.Unit unit;

	@BeforeEach
	void unit() {
		this.unit = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void aUnitWithoutRefundsSeesTheEmptyStateInBothLanguages() throws Exception {
		String zh = page(get("/refunds").with(user(this.unit.liaison())));
		String en = page(get("/refunds").param("lang", "en").with(user(this.unit.liaison())));

		assertThat(zh).contains("id=\"refunds-empty\"").contains("还没有退款申请").contains("id=\"nav-refunds\"");
		assertThat(en).contains("No refund requests yet");
	}

	@Test
	void aUnitNotApprovedYetLearnsWhyThereIsNothingToRefundWhileActingStaysForbidden() throws Exception {
		org.fairflow.portal.unit.RegistrationForm form = Fixtures
			.form(org.fairflow.portal.unit.UnitCategory.SOCIAL_ORGANISATION, this.fixtures.tree().sub());
		this.fixtures.awaitOpenTask(this.fixtures.register(form), "Task_FirstReview");
		PortalUser underReview = this.fixtures
			.user(org.fairflow.workers.registry.CreditCode.normalise(form.getCreditCode()));

		String html = page(get("/refunds").with(user(underReview)));

		assertThat(html).contains("id=\"refund-unavailable\"").contains("data-status=\"UNDER_REVIEW\"");
		assertThat(status(get("/refunds/new").param("orderId", "1").with(user(underReview)))).isEqualTo(403);
		assertThat(status(post("/refunds").param("orderId", "1").with(user(underReview)).with(csrf()))).isEqualTo(403);
	}

	@Test
	void theChoicePageShowsEachLineWithHowItsBadgeEndedAndTheExchangeRateNote() throws Exception {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.00"),
				RefundTestData.Person.cancelledByOrganiser("李四", "80.50"));

		String html = page(
				get("/refunds/new").param("orderId", order.orderId().toString()).with(user(this.unit.liaison())));

		assertThat(html).contains("data-ended-as=\"REJECTED\"")
			.contains("data-ended-as=\"CANCELLED_BY_ORGANISER\"")
			.contains("主办方注销")
			.contains("汇率差额由付款方承担 / Exchange-rate differences are borne by the payer");
	}

	@Test
	void aRequestIsConfirmedWithItsExactAmountBeforeAnythingIsStored() throws Exception {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.10"), RefundTestData.Person.rejected("李四", "80.45"));
		String[] items = order.itemIds().stream().map(String::valueOf).toArray(String[]::new);

		assertThat(status(post("/refunds/confirm").param("orderId", order.orderId().toString())
			.param("itemIds", items)
			.with(user(this.unit.liaison())))).as("without CSRF token").isEqualTo(403);
		String confirm = page(post("/refunds/confirm").param("orderId", order.orderId().toString())
			.param("itemIds", items)
			.with(user(this.unit.liaison()))
			.with(csrf()));

		assertThat(confirm).contains("id=\"confirm-amount\">280.55<")
			.contains("张三")
			.contains("李四")
			.contains("Exchange-rate differences are borne by the payer");
		assertThat(RefundTestData.refundsOf(this.jdbc, order.orderId())).isZero();
	}

	@Test
	void anotherUnitsOrderIsNotFoundAndNothingIsStored() throws Exception {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.00"));
		RefundTestData.Unit other = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		String orderId = order.orderId().toString();
		String item = order.itemIds().get(0).toString();

		assertThat(status(get("/refunds/new").param("orderId", orderId).with(user(other.liaison())))).isEqualTo(404);
		assertThat(status(post("/refunds/confirm").param("orderId", orderId)
			.param("itemIds", item)
			.with(user(other.liaison()))
			.with(csrf()))).isEqualTo(404);
		assertThat(status(post("/refunds").param("orderId", orderId)
			.param("itemIds", item)
			.with(user(other.liaison()))
			.with(csrf()))).isEqualTo(404);
		assertThat(RefundTestData.refundsOf(this.jdbc, order.orderId())).isZero();
	}

	@Test
	void badInputGetsAClearAnswerNeverAServerError() throws Exception {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.00"));

		assertThat(status(get("/refunds/new").param("orderId", "abc").with(user(this.unit.liaison())))).isEqualTo(400);
		assertThat(status(get("/refunds").param("page", "x").with(user(this.unit.liaison())))).isEqualTo(400);
		MvcResult missing = perform(get("/refunds/new").with(user(this.unit.liaison())));
		assertThat(missing.getResponse().getRedirectedUrl()).isEqualTo("/payment");
		assertThat(missing.getFlashMap().get("errorKey")).isEqualTo("refund.order.choose");
		MvcResult none = perform(post("/refunds/confirm").param("orderId", order.orderId().toString())
			.with(user(this.unit.liaison()))
			.with(csrf()));
		assertThat(none.getFlashMap().get("errorKey")).isEqualTo("refund.lines.none");
		MvcResult foreign = perform(post("/refunds/confirm").param("orderId", order.orderId().toString())
			.param("itemIds", "99999999")
			.with(user(this.unit.liaison()))
			.with(csrf()));
		assertThat(foreign.getFlashMap().get("errorKey")).isEqualTo("refund.lines.unknown");
		assertThat(status(post("/refunds/confirm").param("orderId", order.orderId().toString())
			.param("itemIds", "x")
			.with(user(this.unit.liaison()))
			.with(csrf()))).isEqualTo(400);
	}

	@Test
	void onlyFinanceUploadsABankReceiptAndOnlyFinanceAndTheOrganiserOpenIt() throws Exception {
		RefundTestData.Order order = RefundTestData.paidByTransfer(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.00"));
		Long refundId = this.jdbc.queryForObject(
				"insert into refund_request (unit_id, order_id, state, channel, amount, requested_by, requested_at,"
						+ " updated_at) values (?, ?, 'APPROVED', 'TRANSFER', 200.00, 'test', now(), now()) returning id",
				Long.class, this.unit.unitId(), order.orderId());
		PortalUser finance = RefundTestData.finance(this.fixtures, this.accounts, this.unit.tree());
		MockMultipartFile pdf = new MockMultipartFile("receipt", "bank.pdf", "application/pdf", RefundTestData.pdf());
		MockMultipartFile text = new MockMultipartFile("receipt", "bank.pdf", "application/pdf",
				"not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(status(multipart("/refunds/" + refundId + "/bank-receipt").file(pdf)
			.with(user(this.unit.liaison()))
			.with(csrf()))).isEqualTo(404);
		MvcResult refused = perform(
				multipart("/refunds/" + refundId + "/bank-receipt").file(text).with(user(finance)).with(csrf()));
		assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("payment.receipt.badType");
		MvcResult stored = perform(
				multipart("/refunds/" + refundId + "/bank-receipt").file(pdf).with(user(finance)).with(csrf()));
		assertThat(stored.getFlashMap().get("successKey")).isEqualTo("refund.bank.uploaded");

		assertThat(status(get("/refunds/" + refundId + "/bank-receipt").with(user(this.unit.liaison()))))
			.isEqualTo(404);
		MvcResult download = perform(get("/refunds/" + refundId + "/bank-receipt").with(user(finance)));
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(RefundTestData.pdf());
		PortalUser organiser = RefundTestData.organiser(this.fixtures, this.accounts, this.unit.tree());
		assertThat(status(get("/refunds/" + refundId + "/bank-receipt").with(user(organiser)))).isEqualTo(200);
	}

	@Test
	void theSimulatedTaxPageSaysSoAndIsOnlyTheUnitsOwn() throws Exception {
		String html = page(get("/simulated/tax").with(user(this.unit.liaison())));
		PortalUser reviewer = this.fixtures.user(this.unit.tree().subReviewer());

		assertThat(html).contains("id=\"tax-simulation\"").contains("模拟").contains("id=\"tax-empty\"");
		assertThat(status(get("/simulated/tax").with(user(reviewer)))).isEqualTo(404);
		assertThat(status(post("/simulated/tax/book").param("invoiceNumber", "2699000000000000001")
			.with(user(this.unit.liaison()))
			.with(csrf()))).isEqualTo(404);
		assertThat(status(post("/simulated/tax/confirm").param("confirmationId", "nope")
			.with(user(this.unit.liaison()))
			.with(csrf()))).isEqualTo(404);
	}

	@Test
	void onlyTheOrganiserMayCancelABadgeFromTheOverview() throws Exception {
		PortalUser reviewer = this.fixtures.user(this.unit.tree().subReviewer());

		assertThat(
				status(post("/badge/overview/99999999/cancel").param("reason", "违规").with(user(reviewer)).with(csrf())))
			.isEqualTo(404);
		assertThat(status(post("/badge/overview/abc/cancel").param("reason", "违规")
			.with(user(RefundTestData.organiser(this.fixtures, this.accounts, this.unit.tree())))
			.with(csrf()))).isIn(400, 404);
	}

	@Test
	void financeSeesTheRefundInItsTasksAndTheUnitInItsList() throws Exception {
		RefundTestData.Order order = RefundTestData.paidByTransfer(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.00"),
				RefundTestData.Person.cancelledByOrganiser("李四", "80.50"));
		Refund refund = this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test");
		PortalUser finance = RefundTestData.finance(this.fixtures, this.accounts, this.unit.tree());
		HumanTask review = this.fixtures.awaitOpenTask(refund.getCaseId(), "Task_FinanceReview");

		String reviewPage = page(get("/tasks/" + review.getId()).with(user(finance)));
		assertThat(reviewPage).contains("id=\"refund-details\"")
			.contains("id=\"refund-amount\">280.50<")
			.contains("data-channel=\"TRANSFER\"")
			.contains("data-ended-as=\"CANCELLED_BY_ORGANISER\"")
			.contains("Exchange-rate differences are borne by the payer")
			.doesNotContain("id=\"bank-receipt-form\"");
		String list = page(get("/refunds").with(user(this.unit.liaison())));
		assertThat(list).contains("data-refund-id=\"" + refund.getId() + "\"")
			.contains("张三、李四")
			.contains("data-state=\"REQUESTED\"")
			.contains("/progress/" + refund.getCaseId());

		this.tasks.decide(review.getId(), finance, "approve", null, java.util.Map.of());
		HumanTask bank = this.fixtures.awaitOpenTask(refund.getCaseId(), BankRefunds.TASK);
		String bankPage = page(get("/tasks/" + bank.getId()).param("lang", "en").with(user(finance)));
		assertThat(bankPage).contains("id=\"bank-receipt-form\"").contains("name=\"bankReference\"");
		MvcResult refused = perform(post("/tasks/" + bank.getId() + "/decide").param("decision", "recorded")
			.param("bankReference", "BOC-1")
			.with(user(finance))
			.with(csrf()));
		assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("refund.bank.receiptMissing");
	}

	@Test
	void financeSeesEveryUnitsRefundsByStateAndTheirProgressWhileAUnitMayNot() throws Exception {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.cancelledByUnit("韩梅", "200.00"));
		Refund refund = this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test");
		this.fixtures.awaitStatus(refund.getCaseId(), "REFUND_REFUSED");
		PortalUser finance = RefundTestData.finance(this.fixtures, this.accounts, this.unit.tree());
		String row = "data-refund-id=\"" + refund.getId() + "\"";

		String all = page(get("/finance/refunds").with(user(finance)));
		String refused = page(
				get("/finance/refunds").param("state", "REFUSED").param("lang", "en").with(user(finance)));
		String refunded = page(get("/finance/refunds").param("state", "REFUNDED").with(user(finance)));
		String unknown = page(get("/finance/refunds").param("state", "NONSENSE").with(user(finance)));

		assertThat(all).contains(row).contains("韩梅");
		assertThat(refused).contains(row).contains("韩梅: Refunds for the visitor&#39;s own reasons are not granted");
		assertThat(refunded).doesNotContain(row);
		assertThat(unknown).contains(row);
		assertThat(page(get("/progress/" + refund.getCaseId()).with(user(finance)))).contains("韩梅");
		assertThat(page(get("/finance").with(user(finance)))).contains("href=\"/finance/refunds\"");
		assertThat(status(get("/finance/refunds").with(user(this.unit.liaison())))).isEqualTo(403);

		assertThat(refused).contains("href=\"/finance/refunds/export?state=REFUSED&amp;format=csv\"");
		String exported = this.mvc
			.perform(
					get("/finance/refunds/export").param("format", "csv").param("state", "REFUSED").with(user(finance)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(exported).startsWith("\uFEFF").contains("韩梅").contains("\"200.00\"");
		assertThat(this.mvc.perform(
				get("/finance/refunds/export").param("format", "csv").param("state", "REFUNDED").with(user(finance)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("韩梅");
		assertThat(status(get("/finance/refunds/export").param("format", "csv").with(user(this.unit.liaison()))))
			.isEqualTo(403);
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int status(RequestBuilder request) throws Exception {
		return perform(request).getResponse().getStatus();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

}
