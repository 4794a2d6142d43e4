package org.fairflow.portal.refund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.workers.invoice.InvoiceRequest;
import org.fairflow.workers.invoice.Invoices;
import org.fairflow.workers.invoice.IssuedInvoice;
import org.fairflow.workers.invoice.RedLetterView;
import org.fairflow.workers.invoice.RedLetters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An invoiced order is reversed before the money goes back. The buyer booked the invoice
 * on the simulated tax page, so the reversal waits for the buyer's confirmation there;
 * the portal's RedLetterListener tells the case, which then issues the red letter and
 * pays back once.
 */
@PortalTest
@AutoConfigureMockMvc
class RedLetterRefundTest {

	@Autowired
	RefundRequests requests;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Invoices invoices;

	@Autowired
	RedLetters redLetters;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	RefundTestData.Unit unit;

	PortalUser finance;

	@BeforeEach
	void unit() {
		this.unit = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		this.finance = RefundTestData.finance(this.fixtures, this.accounts, this.unit.tree());
	}

	@Test
	void aBookedInvoiceIsReversedAfterTheBuyersConfirmationThenPaidBackOnce() throws Exception {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.00"));
		IssuedInvoice invoice = this.invoices.issue("order-" + order.orderId(), new InvoiceRequest(
				InvoiceRequest.Kind.ORDINARY, InvoiceRequest.BuyerKind.PERSON, "张三", null, null, null, null, null, null,
				List.of(new InvoiceRequest.Line("证件费 Badge fee", new BigDecimal("200.00"), new BigDecimal("0.06"))),
				"CNY"));
		String taxPage = page(get("/simulated/tax"));
		assertThat(taxPage).contains("data-invoice=\"" + invoice.invoiceNumber() + "\"");
		this.mvc
			.perform(post("/simulated/tax/book").param("invoiceNumber", invoice.invoiceNumber())
				.with(user(this.unit.liaison()))
				.with(csrf()))
			.andReturn();

		Refund refund = this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test");
		assertThat(refund.getInvoiceNumber()).isEqualTo(invoice.invoiceNumber());
		HumanTask review = this.fixtures.awaitOpenTask(refund.getCaseId(), "Task_FinanceReview");
		this.tasks.decide(review.getId(), this.finance, "approve", null, Map.of());
		this.fixtures.awaitStatus(refund.getCaseId(), "REVERSAL_AWAITING_BUYER");
		assertThat(state(refund)).isEqualTo("AWAITING_BUYER");
		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refund.getId())).isZero();
		RedLetterView awaiting = this.redLetters.find("refund-" + refund.getId()).orElseThrow();
		assertThat(page(get("/simulated/tax"))).contains(awaiting.confirmationId());

		this.mvc
			.perform(post("/simulated/tax/confirm").param("confirmationId", awaiting.confirmationId())
				.with(user(this.unit.liaison()))
				.with(csrf()))
			.andReturn();

		this.fixtures.awaitStatus(refund.getCaseId(), "REFUNDED");
		assertThat(this.redLetters.find("refund-" + refund.getId()))
			.hasValueSatisfying((r) -> assertThat(r.state()).isEqualTo("ISSUED"));
		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refund.getId())).isOne();
		assertThat(state(refund)).isEqualTo("REFUNDED");
		assertThat(page(get("/refunds"))).contains("data-state=\"REFUNDED\"");
	}

	private String state(Refund refund) {
		return this.jdbc.queryForObject("select state from refund_request where id = ?", String.class, refund.getId());
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		var response = this.mvc.perform(request.with(user(this.unit.liaison()))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}
