package org.fairflow.portal.billing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.NewCase;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.invoice.InvoiceRequest;
import org.fairflow.workers.invoice.RedLetters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Invoice requests on the embedded engine with the real {@code invoice-request} process
 * and the real issue-invoice worker (simulated tax platform): one invoice per order, even
 * for two submits at once; the invoice issued, recorded and downloadable as a PDF; a
 * refusal shown with its reasons and corrected by a new case.
 */
@PortalTest
@AutoConfigureMockMvc
class InvoiceRequestsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InvoiceRequests requests;

	@Autowired
	Cases cases;

	@Autowired
	RedLetters redLetters;

	@Autowired
	PlatformTransactionManager transactionManager;

	BillingTestData.PayingUnit unit;

	@BeforeEach
	void approvedUnit() {
		this.unit = BillingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void twoRequestsAtOnceStoreOneInvoiceRequestAndTellTheOtherThatTheOrderHasOne() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PAID", "张三", "200.00");
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				outcomes.add(pool.submit(() -> {
					InvoiceForm form = new InvoiceForm();
					form.setTaxNumber(this.unit.creditCode());
					start.await(10, TimeUnit.SECONDS);
					try {
						Map<String, List<String>> problems = this.requests.request(this.unit.unitId(), orderId, form,
								"test");
						return problems.isEmpty() ? "stored" : problems.toString();
					}
					catch (BillingException ex) {
						return ex.messageKey();
					}
				}));
			}
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			assertThat(results).containsExactlyInAnyOrder("stored", "billing.invoice.alreadyRequested");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(BillingTestData.invoiceRows(this.jdbc, orderId)).isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from process_case where flow = 'invoice-request' and business_key = ?", Integer.class,
				String.valueOf(orderId)))
			.isOne();
	}

	@Test
	void aPaidOrderIsInvoicedOnceForThePayerAndItsPdfOpensWithTheInvoiceNumber() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PAID", "李四", "120.00", "王五", "80.50");

		MvcResult submitted = perform(request(orderId).param("title", "别的公司有限公司"));
		MvcResult again = perform(request(orderId));

		assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/billing");
		assertThat(submitted.getFlashMap().get("successKey")).isEqualTo("billing.invoice.requested");
		assertThat(again.getFlashMap().get("errorKey")).isEqualTo("billing.invoice.alreadyRequested");
		String caseId = this.jdbc.queryForObject("select case_id from invoice_request where order_id = ?", String.class,
				orderId);
		Map<String, Object> start = this.cases.variables(caseId);
		assertThat(start).containsEntry("orderRef", "order-" + orderId)
			.containsEntry("amount", "200.50")
			.containsEntry("invoiceEmail", "billing@example.com")
			.containsEntry("unitName", this.unit.nameZh())
			.containsKeys("unitNameEn", "language", "contactMobile", "contactEmail", "unitId", "orderId");
		@SuppressWarnings("unchecked")
		Map<String, Object> invoiceRequest = (Map<String, Object>) start.get("invoiceRequest");
		assertThat(invoiceRequest).containsEntry("title", this.unit.nameZh()).containsEntry("buyerKind", "UNIT");

		awaitInvoiceStatus(orderId, "ISSUED");
		this.fixtures.awaitStatus(caseId, "INVOICE_ISSUED");
		Map<String, Object> row = this.jdbc.queryForMap(
				"select title, invoice_number, invoice_total, total from invoice_request where order_id = ?", orderId);
		String number = (String) row.get("invoice_number");
		assertThat(row.get("title")).isEqualTo(this.unit.nameZh());
		assertThat(number).isNotBlank();
		assertThat(row.get("invoice_total")).isEqualTo(row.get("total"));
		assertThat(row.get("total").toString()).isEqualTo("200.50");

		MvcResult pdf = perform(get("/billing/orders/" + orderId + "/invoice.pdf").with(user(this.unit.liaison())));
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains(number);
		}
		PortalUser finance = BillingTestData.finance(this.fixtures, this.accounts, this.unit.tree());
		BillingTestData.PayingUnit other = BillingTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		assertThat(status(get("/billing/orders/" + orderId + "/invoice.pdf").with(user(finance)))).isEqualTo(200);
		assertThat(status(get("/billing/orders/" + orderId + "/invoice.pdf").with(user(other.liaison()))))
			.isEqualTo(404);
		assertThat(page(get("/billing").with(user(this.unit.liaison()))))
			.contains("href=\"/billing/orders/" + orderId + "/invoice.pdf\"")
			.contains(number)
			.contains("href=\"/progress/" + caseId + "\"");
		assertThat(page(get("/finance/invoices").with(user(finance)))).contains(number);
		MvcResult afterIssue = perform(request(orderId));
		assertThat(afterIssue.getFlashMap().get("errorKey")).isEqualTo("billing.invoice.alreadyIssued");

		// A refund reverses part of it (the buyer has not booked it: issued at once).
		String refundRef = "refund-b" + orderId;
		this.redLetters.request(refundRef, "order-" + orderId, new java.math.BigDecimal("120.00"), number);
		assertThat(page(get("/billing").with(user(this.unit.liaison()))))
			.contains("data-refund-ref=\"" + refundRef + "\"")
			.contains("href=\"/billing/refunds/" + refundRef + "/red-letter.pdf\"")
			.contains("-120.00");
		MvcResult red = perform(
				get("/billing/refunds/" + refundRef + "/red-letter.pdf").with(user(this.unit.liaison())));
		assertThat(red.getResponse().getStatus()).isEqualTo(200);
		assertThat(red.getResponse().getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(red.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains(number);
		}
		assertThat(status(get("/billing/refunds/" + refundRef + "/red-letter.pdf").with(user(finance)))).isEqualTo(200);
		assertThat(status(get("/billing/refunds/" + refundRef + "/red-letter.pdf").with(user(other.liaison()))))
			.isEqualTo(404);
		assertThat(status(get("/billing/refunds/refund-none/red-letter.pdf").with(user(finance)))).isEqualTo(404);
	}

	@Test
	void aRefusedRequestShowsItsReasonsAndIsCorrectedByANewCase() throws Exception {
		Long orderId = BillingTestData.order(this.jdbc, this.unit, "PAID", "赵六", "200.00");
		// A request the worker refuses (the tax number's check character is wrong): the
		// form cannot send one, an older request or a changed rule can.
		String code = this.unit.creditCode();
		char check = code.charAt(code.length() - 1);
		String wrongCheck = code.substring(0, code.length() - 1) + ((check == '0') ? '1' : '0');
		String refusedCase = storeUncheckedRequest(orderId, wrongCheck);

		awaitInvoiceStatus(orderId, "REFUSED");
		String zh = page(get("/billing/orders/" + orderId + "/invoice").with(user(this.unit.liaison())));
		String en = page(
				get("/billing/orders/" + orderId + "/invoice").param("lang", "en").with(user(this.unit.liaison())));
		String list = page(get("/billing").with(user(this.unit.liaison())));
		assertThat(zh).contains("id=\"invoice-refused\"").contains("纳税人识别号的校验位不正确").contains("id=\"invoice-form\"");
		assertThat(en).contains("The check character of the tax number is wrong");
		assertThat(list).contains("纳税人识别号的校验位不正确").contains("class=\"btn btn-sm btn-warning mb-1 billing-resubmit\"");

		MvcResult corrected = perform(request(orderId));

		assertThat(corrected.getFlashMap().get("successKey")).isEqualTo("billing.invoice.requested");
		String newCase = this.jdbc.queryForObject("select case_id from invoice_request where order_id = ?",
				String.class, orderId);
		assertThat(newCase).isNotEqualTo(refusedCase);
		awaitInvoiceStatus(orderId, "ISSUED");
		assertThat(BillingTestData.invoiceRows(this.jdbc, orderId)).isOne();
	}

	/**
	 * Stores a request row and its case as the portal does, without the form's checks.
	 */
	private String storeUncheckedRequest(Long orderId, String taxNumber) {
		return new TransactionTemplate(this.transactionManager).execute((status) -> {
			this.jdbc.update(
					"insert into invoice_request (order_id, unit_id, status, kind, buyer_kind, title,"
							+ " tax_number, total, requested_by, requested_at, updated_at) values (?, ?, 'REQUESTED',"
							+ " 'ORDINARY', 'UNIT', ?, ?, 200.00, 'test', current_timestamp, current_timestamp)",
					orderId, this.unit.unitId(), this.unit.nameZh(), taxNumber);
			InvoiceRequest request = new InvoiceRequest(InvoiceRequest.Kind.ORDINARY, InvoiceRequest.BuyerKind.UNIT,
					this.unit.nameZh(), taxNumber, null, null, null, null, null,
					List.of(new InvoiceRequest.Line("证件费 Badge fee", new java.math.BigDecimal("200.00"),
							InvoiceLines.TAX_RATE)),
					null);
			Map<String, Object> vars = new HashMap<>();
			vars.put("orderId", orderId);
			vars.put("orderRef", "order-" + orderId);
			vars.put("unitId", this.unit.unitId());
			vars.put("unitName", this.unit.nameZh());
			vars.put("unitNameEn", null);
			vars.put("language", "zh");
			vars.put("contactMobile", "+8613912345678");
			vars.put("contactEmail", "contact@example.com");
			vars.put("invoiceEmail", "contact@example.com");
			vars.put("amount", "200.00");
			vars.put("invoiceRequest", InvoiceRequests.asVariable(request));
			CaseRecord record = this.cases.open(new NewCase(InvoiceRequests.FLOW, String.valueOf(orderId), "开票申请", null,
					"unit:" + this.unit.unitId(), this.unit.tree().sub().getId(), "INVOICE_REQUESTED", "test", vars));
			this.jdbc.update("update invoice_request set case_id = ? where order_id = ?", record.getId(), orderId);
			return record.getId();
		});
	}

	private void awaitInvoiceStatus(Long orderId, String status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> status.equals(BillingTestData.invoiceStatus(this.jdbc, orderId)));
	}

	private MockHttpServletRequestBuilder request(Long orderId) {
		return post("/billing/orders/" + orderId + "/invoice").param("kind", "ORDINARY")
			.param("taxNumber", this.unit.creditCode())
			.param("phone", "+8613912345678")
			.param("email", "billing@example.com")
			.with(user(this.unit.liaison()))
			.with(csrf());
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
