package org.fairflow.portal.refund;

import java.util.List;
import java.util.Map;

import org.fairflow.portal.payment.ReceiptFile;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real refund process on the embedded engine, from the unit's request to the money
 * going back: online once through the simulated gateway, by transfer only with finance's
 * bank receipt; a refund for the visitor's own reasons refused with the rule's reason.
 */
@PortalTest
class RefundProcessIntegrationTest {

	@Autowired
	RefundRequests requests;

	@Autowired
	BankRefunds bankRefunds;

	@Autowired
	HumanTasks tasks;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.fairflow.portal.finance.RefundedMoney ledger;

	RefundTestData.Unit unit;

	PortalUser finance;

	@BeforeEach
	void unit() {
		this.unit = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
		this.finance = RefundTestData.finance(this.fixtures, this.accounts, this.unit.tree());
	}

	@Test
	void anOnlineRefundWithoutInvoiceIsPaidBackOnceAndItsItemsBecomeRefunded() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.00"),
				RefundTestData.Person.cancelledByOrganiser("李四", "80.50"));
		Refund refund = this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test");

		HumanTask review = this.fixtures.awaitOpenTask(refund.getCaseId(), "Task_FinanceReview");
		this.tasks.decide(review.getId(), this.finance, "approve", null, Map.of());
		this.fixtures.awaitStatus(refund.getCaseId(), "REFUNDED");

		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refund.getId())).isOne();
		Map<String, Object> row = this.jdbc.queryForMap("select * from refund_request where id = ?", refund.getId());
		assertThat(row.get("state")).isEqualTo("REFUNDED");
		assertThat((java.math.BigDecimal) row.get("refunded_amount")).isEqualByComparingTo("280.50");
		assertThat(row.get("refunded_at")).isNotNull();
		assertThat(itemStatuses(order)).containsOnly("REFUNDED");
		// Finance's reconciliation counts it on the day it went back, on its channel.
		java.time.Instant at = ((java.sql.Timestamp) row.get("refunded_at")).toInstant();
		// (Other tests' refunds share the schema: only this one is looked at.)
		assertThat(this.ledger.refundedBetween(at, at.plusMillis(1)))
			.filteredOn((r) -> r.refundId().equals(refund.getId()))
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.channel()).isEqualTo("ONLINE");
				assertThat(r.amount()).isEqualByComparingTo("280.50");
			});
		assertThat(this.ledger.refundedBetween(at.minusSeconds(60), at))
			.noneMatch((r) -> r.refundId().equals(refund.getId()));
		// The claims stay: the items are never asked for again.
		assertThat(this.jdbc.queryForObject("select count(*) from refund_claim where refund_id = ?", Integer.class,
				refund.getId()))
			.isEqualTo(2);
	}

	@Test
	void aRefundForTheVisitorsOwnReasonsIsRefusedWithTheRulesReason() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.cancelledByUnit("王五", "200.00"));
		Refund refund = this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test");

		this.fixtures.awaitStatus(refund.getCaseId(), "REFUND_REFUSED");

		assertThat(this.jdbc.queryForObject("select reason from refund_request where id = ?", String.class,
				refund.getId()))
			.contains("王五")
			.contains("因个人原因申请的退款不予办理")
			.contains(" / 王五: Refunds for the visitor's own reasons are not granted");
		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refund.getId())).isZero();
		assertThat(itemStatuses(order)).containsOnly("REFUNDABLE");
	}

	@Test
	void aTransferRefundIsRecordedOnlyWithTheBanksReceiptAndReference() {
		RefundTestData.Order order = RefundTestData.paidByTransfer(this.jdbc, this.unit,
				RefundTestData.Person.rejected("赵六", "200.00"));
		Refund refund = this.requests.request(this.unit.unitId(), order.orderId(), order.itemIds(), "test");
		HumanTask review = this.fixtures.awaitOpenTask(refund.getCaseId(), "Task_FinanceReview");
		this.tasks.decide(review.getId(), this.finance, "approve", null, Map.of());

		HumanTask bank = this.fixtures.awaitOpenTask(refund.getCaseId(), BankRefunds.TASK);
		assertThatThrownBy(
				() -> this.tasks.decide(bank.getId(), this.finance, "recorded", null, Map.of("bankReference", "BOC-1")))
			.isInstanceOfSatisfying(DecisionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("refund.bank.receiptMissing"));
		this.bankRefunds.upload(refund.getId(), ReceiptFile.of("bank.pdf", RefundTestData.pdf()),
				this.finance.getUsername());
		assertThatThrownBy(() -> this.tasks.decide(bank.getId(), this.finance, "recorded", null, Map.of()))
			.isInstanceOfSatisfying(DecisionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("refund.bank.referenceMissing"));
		this.tasks.decide(bank.getId(), this.finance, "recorded", null, Map.of("bankReference", "BOC-20261203-1"));

		this.fixtures.awaitStatus(refund.getCaseId(), "REFUNDED");
		assertThat(this.jdbc.queryForObject("select bank_reference from refund_bank_receipt where refund_id = ?",
				String.class, refund.getId()))
			.isEqualTo("BOC-20261203-1");
		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refund.getId())).isZero();
		assertThat(itemStatuses(order)).containsOnly("REFUNDED");
	}

	private List<String> itemStatuses(RefundTestData.Order order) {
		return order.itemIds()
			.stream()
			.map((id) -> this.jdbc.queryForObject("select status from payment_item where id = ?", String.class, id))
			.toList();
	}

}
