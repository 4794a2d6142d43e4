package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
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
 * The unit's payment pages, the simulated gateway's page and finance's task page: only
 * the unit's own orders, confirmation before anything is stored or cancelled, CSRF, and
 * clear messages instead of errors.
 */
@PortalTest
@AutoConfigureMockMvc
class PaymentPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Settlement settlement;

	@Autowired
	Orders orders;

	PaymentTestData.PayingUnit unit;

	@BeforeEach
	void approvedUnit() {
		this.unit = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void anEmptyUnitSeesTheEmptyStates() throws Exception {
		String html = page(get("/payment").with(user(this.unit.liaison())));

		assertThat(html).contains("id=\"open-empty\"")
			.contains("id=\"orders-empty\"")
			.doesNotContain("id=\"refundable\"");
	}

	@Test
	void aUnitNotApprovedYetLearnsWhyThereIsNothingToPayInsteadOfAnErrorPage() throws Exception {
		org.fairflow.portal.unit.RegistrationForm form = Fixtures
			.form(org.fairflow.portal.unit.UnitCategory.SOCIAL_ORGANISATION, this.fixtures.tree().sub());
		this.fixtures.awaitOpenTask(this.fixtures.register(form), "Task_FirstReview");
		PortalUser underReview = this.fixtures
			.user(org.fairflow.workers.registry.CreditCode.normalise(form.getCreditCode()));

		String zh = page(get("/payment").with(user(underReview)));
		String en = page(get("/payment").param("lang", "en").with(user(underReview)));

		assertThat(zh).contains("id=\"payment-unavailable\"")
			.contains("data-status=\"UNDER_REVIEW\"")
			.contains("您的单位正在审核中")
			.contains("href=\"/unit\"")
			.doesNotContain("id=\"open-items\"");
		assertThat(en).contains("Your unit is under review");
		// The pages that act stay forbidden.
		assertThat(status(post("/payment/confirm").with(user(underReview)).with(csrf()))).isEqualTo(403);
		assertThat(status(post("/payment/orders").with(user(underReview)).with(csrf()))).isEqualTo(403);
	}

	@Test
	void onlyTheLiaisonOfTheUnitSeesItsOrders() throws Exception {
		Long orderId = order(item("甲", "100")).getId();
		PaymentTestData.PayingUnit other = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		PortalUser reviewer = this.fixtures.user(this.unit.tree().subReviewer());

		assertThat(status(get("/payment").with(user(reviewer)))).isEqualTo(403);
		assertThat(status(get("/payment/orders/" + orderId).with(user(other.liaison())))).isEqualTo(404);
		assertThat(status(post("/payment/orders/" + orderId + "/cancel").with(user(other.liaison())).with(csrf())))
			.isEqualTo(404);
		assertThat(PaymentTestData.orderStatus(this.jdbc, orderId)).isEqualTo("PENDING");
		assertThat(status(get("/payment/orders/" + orderId + "/receipt").with(user(this.unit.liaison()))))
			.isEqualTo(404);
	}

	@Test
	void anOrderIsStoredOnlyAfterTheConfirmationPageShowsItsTotal() throws Exception {
		Long a = item("张三", "120");
		Long b = item("李四", "80.50");
		String list = page(get("/payment").with(user(this.unit.liaison())));
		assertThat(list).contains("data-item-id=\"" + a + "\"").contains("data-item-id=\"" + b + "\"");

		assertThat(status(
				post("/payment/confirm").param("itemIds", a.toString(), b.toString()).with(user(this.unit.liaison()))))
			.isEqualTo(403);
		String confirm = page(post("/payment/confirm").param("itemIds", a.toString(), b.toString())
			.with(user(this.unit.liaison()))
			.with(csrf()));

		assertThat(confirm).contains("id=\"confirm-total\">200.50<").contains("张三").contains("李四");
		assertThat(orderCount()).isZero();
		MvcResult created = perform(post("/payment/orders").param("itemIds", a.toString(), b.toString())
			.with(user(this.unit.liaison()))
			.with(csrf()));
		assertThat(orderCount()).isOne();
		String orderPage = page(get(created.getResponse().getRedirectedUrl()).with(user(this.unit.liaison())));
		assertThat(orderPage).contains("id=\"order-total\">200.50<").contains("data-status=\"PENDING\"");
	}

	@Test
	void choosingNobodyOrAnItemAlreadyOrderedGivesAMessage() throws Exception {
		Long a = item("王五", "60");
		order(a);

		MvcResult none = perform(post("/payment/confirm").with(user(this.unit.liaison())).with(csrf()));
		MvcResult taken = perform(
				post("/payment/orders").param("itemIds", a.toString()).with(user(this.unit.liaison())).with(csrf()));

		assertThat(none.getFlashMap().get("errorKey")).isEqualTo("payment.order.noneSelected");
		assertThat(taken.getFlashMap().get("errorKey")).isEqualTo("payment.order.itemsTaken");
		assertThat(orderCount()).isOne();
	}

	@Test
	void payingOnlineGoesToASimulatedPageThatSaysSoAndPaysTheOrder() throws Exception {
		Long orderId = order(item("赵六", "99")).getId();

		String url = perform(post("/payment/orders/" + orderId + "/pay").with(user(this.unit.liaison())).with(csrf()))
			.getResponse()
			.getRedirectedUrl();
		assertThat(url).startsWith("/payment/simulated/");
		PaymentTestData.PayingUnit other = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		assertThat(status(get(url).with(user(other.liaison())))).isEqualTo(404);
		String html = page(get(url).with(user(this.unit.liaison())));

		assertThat(html).contains("id=\"simulation-notice\"")
			.contains("模拟支付")
			.contains("id=\"simulated-amount\">99.00<")
			.contains("data-confirm=");
		assertThat(status(post(url + "/pay").with(user(this.unit.liaison())))).isEqualTo(403);
		MvcResult paid = perform(post(url + "/pay").with(user(this.unit.liaison())).with(csrf()));
		assertThat(paid.getResponse().getRedirectedUrl()).isEqualTo("/payment/orders/" + orderId);
		assertThat(paid.getFlashMap().get("successKey")).isEqualTo("payment.online.paid");
		assertThat(PaymentTestData.orderStatus(this.jdbc, orderId)).isEqualTo("PAID");
		MvcResult again = perform(post(url + "/pay").with(user(this.unit.liaison())).with(csrf()));
		assertThat(again.getFlashMap().get("errorKey")).isEqualTo("payment.online.finished");
	}

	@Test
	void cancellingAsksFirstAndPutsThePersonsBackOnTheList() throws Exception {
		Long a = item("孙七", "60");
		Long orderId = order(a).getId();
		String html = page(get("/payment/orders/" + orderId).with(user(this.unit.liaison())));
		assertThat(html).contains("id=\"cancel-order\"").contains("data-confirm=");

		MvcResult result = perform(
				post("/payment/orders/" + orderId + "/cancel").with(user(this.unit.liaison())).with(csrf()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/payment");
		assertThat(PaymentTestData.orderStatus(this.jdbc, orderId)).isEqualTo("CANCELLED");
		assertThat(page(get("/payment").with(user(this.unit.liaison())))).contains("data-item-id=\"" + a + "\"");
	}

	@Test
	void aReceiptOfAnotherTypeOrTooLargeIsRefusedAndNothingIsStored() throws Exception {
		Long orderId = order(item("周八", "60")).getId();
		byte[] tooLarge = Arrays.copyOf(PaymentTestData.pdf(), ReceiptFile.MAX_BYTES + 1);

		MvcResult text = upload(orderId, "receipt.pdf", "not a pdf".getBytes());
		MvcResult large = upload(orderId, "big.pdf", tooLarge);
		MvcResult missing = upload(orderId, "", new byte[0]);

		assertThat(text.getFlashMap().get("errorKey")).isEqualTo("payment.receipt.badType");
		assertThat(large.getFlashMap().get("errorKey")).isEqualTo("payment.receipt.tooLarge");
		assertThat(missing.getFlashMap().get("errorKey")).isEqualTo("payment.receipt.missing");
		assertThat(PaymentTestData.orderStatus(this.jdbc, orderId)).isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject("select count(*) from payment_receipt where order_id = ?", Integer.class,
				orderId))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from process_case where flow = 'bank-transfer-review' and business_key = ?",
				Integer.class, orderId.toString()))
			.isZero();
	}

	@Test
	void financeSeesTheOrderAndOpensTheReceiptInItsTask() throws Exception {
		Long orderId = order(item("吴九", "150")).getId();
		PortalUser finance = PaymentTestData.finance(this.fixtures, this.accounts, this.unit.tree());

		MvcResult uploaded = upload(orderId, "回单.png", Fixtures.png());

		assertThat(uploaded.getFlashMap().get("successKey")).isEqualTo("payment.receipt.submitted");
		assertThat(PaymentTestData.orderStatus(this.jdbc, orderId)).isEqualTo("TRANSFER_SUBMITTED");
		String caseId = this.jdbc.queryForObject("select transfer_case_id from payment_order where id = ?",
				String.class, orderId);
		HumanTask task = this.fixtures.awaitOpenTask(caseId, "Task_ConfirmTransfer");
		assertThat(page(get("/tasks").with(user(finance)))).contains("/tasks/" + task.getId());
		String html = page(get("/tasks/" + task.getId()).with(user(finance)));
		assertThat(html).contains("id=\"transfer-details\"")
			.contains("id=\"transfer-total\">150.00<")
			.contains("吴九")
			.contains("/payment/orders/" + orderId + "/receipt");
		MvcResult receipt = perform(get("/payment/orders/" + orderId + "/receipt").with(user(finance)));
		assertThat(receipt.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(receipt.getResponse().getContentAsByteArray()).isEqualTo(Fixtures.png());
		PortalUser reviewer = this.fixtures.user(this.unit.tree().delegationReviewer());
		assertThat(status(get("/tasks/" + task.getId()).with(user(reviewer)))).isEqualTo(404);
		assertThat(status(get("/payment/orders/" + orderId + "/receipt").with(user(reviewer)))).isEqualTo(404);
		String waiting = page(get("/payment/orders/" + orderId).with(user(this.unit.liaison())));
		assertThat(waiting).contains("id=\"transfer-waiting\"").doesNotContain("id=\"pending-actions\"");
	}

	@Test
	void financeLandsOnItsInboxAndLiaisonsCannotOpenIt() throws Exception {
		PortalUser finance = PaymentTestData.finance(this.fixtures, this.accounts, this.unit.tree());

		assertThat(perform(get("/").with(user(finance))).getResponse().getRedirectedUrl()).isEqualTo("/tasks");
		assertThat(page(get("/tasks").with(user(finance)))).contains("id=\"nav-tasks\"");
		assertThat(finance.groups()).containsExactly("finance");
		assertThat(status(get("/tasks").with(user(this.unit.liaison())))).isEqualTo(403);
		assertThat(status(get("/payment").with(user(finance)))).isEqualTo(403);
	}

	private MvcResult upload(Long orderId, String name, byte[] content) throws Exception {
		return perform(multipart("/payment/orders/" + orderId + "/receipt")
			.file(new MockMultipartFile("receipt", name, "application/pdf", content))
			.with(user(this.unit.liaison()))
			.with(csrf()));
	}

	private Long item(String name, String fee) {
		return this.settlement
			.ensureItem(UUID.randomUUID().toString(), null, name, this.unit.unitId(), new BigDecimal(fee))
			.getId();
	}

	private PaymentOrder order(Long... itemIds) {
		return this.orders.create(this.unit.unitId(), List.of(itemIds), "liaison");
	}

	private int orderCount() {
		return this.jdbc.queryForObject("select count(*) from payment_order where unit_id = ?", Integer.class,
				this.unit.unitId());
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
