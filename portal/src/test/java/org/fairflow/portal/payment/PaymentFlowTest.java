package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.camunda.client.api.response.ActivatedJob;
import org.awaitility.Awaitility;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.tasks.InboxFilter;
import org.fairflow.workers.payment.SimulatedPaymentGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Payment end to end on the real engine: badge-review cases reach request-payment, the
 * unit orders and pays (simulated gateway or bank transfer through finance's inbox), and
 * the cases go on; cancellations withdraw or mark refundable.
 */
@PortalTest
class PaymentFlowTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Cases cases;

	@Autowired
	Orders orders;

	@Autowired
	Settlement settlement;

	@Autowired
	BankTransfers transfers;

	@Autowired
	HumanTasks tasks;

	@Autowired
	EngineGateway engine;

	@Autowired
	RequestPaymentWorker worker;

	@Autowired
	SimulatedPaymentGateway simulation;

	@Autowired
	Payments payments;

	PaymentTestData.PayingUnit unit;

	@BeforeEach
	void approvedUnit() {
		this.unit = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void requestPaymentKeepsOneOpenItemPerCaseWhenRunAgain() {
		String caseId = PaymentTestData.badgeCase(this.cases, this.unit, "王一", "120");
		Long itemId = PaymentTestData.awaitItem(this.jdbc, caseId);
		this.fixtures.awaitStatus(caseId, "AWAITING_PAYMENT");

		this.worker.handle(job(caseId, "120"));
		this.worker.handle(job(caseId, "120"));

		assertThat(
				this.jdbc.queryForObject("select count(*) from payment_item where case_id = ?", Integer.class, caseId))
			.isOne();
		assertThat(PaymentTestData.itemStatus(this.jdbc, itemId)).isEqualTo("OPEN");
		assertThat(this.payments.statusOf(caseId)).contains("OPEN");
		assertThat(this.fixtures.caseRecord(caseId).getStatus()).isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void aRerunAfterPaymentTellsTheWaitingCaseAgain() {
		String caseId = PaymentTestData.badgeCase(this.cases, this.unit, "王二", "120");
		Long itemId = PaymentTestData.awaitItem(this.jdbc, caseId);
		this.fixtures.awaitStatus(caseId, "AWAITING_PAYMENT");
		// Paid before an engine restart; the resumed case re-runs request-payment.
		this.jdbc.update("update payment_item set status = 'PAID' where id = ?", itemId);

		this.worker.handle(job(caseId, "120"));

		this.fixtures.awaitStatus(caseId, "AWAITING_REVIEW");
	}

	@Test
	void anOrderHoldsTheChosenItemsAndTheirTotal() {
		Long a = item("张三", "120");
		Long b = item("李四", "80.50");

		Orders.Preview preview = this.orders.preview(this.unit.unitId(), List.of(a, b));
		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(a, b), "liaison");

		assertThat(preview.total()).isEqualByComparingTo("200.50");
		assertThat(order.getTotal()).isEqualByComparingTo("200.50");
		assertThat(order.getStatus()).isEqualTo(PaymentOrder.Status.PENDING);
		assertThat(this.orders.lines(order.getId())).extracting(PaymentItem::getId).containsExactly(a, b);
		assertThat(this.orders.openItems(this.unit.unitId(), 0).getContent()).isEmpty();
		assertThat(this.payments.onOrder(caseOf(a))).isTrue();
		assertThatExceptionOfType(PaymentException.class)
			.isThrownBy(() -> this.orders.create(this.unit.unitId(), List.of(a), "liaison"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("payment.order.itemsTaken"));
	}

	@Test
	void twoConcurrentOrdersOfTheSameItemsLeaveThemOnExactlyOne() throws Exception {
		Long a = item("并发一", "100");
		Long b = item("并发二", "100");
		CountDownLatch start = new CountDownLatch(1);
		Callable<Object> order = () -> {
			start.await();
			try {
				return this.orders.create(this.unit.unitId(), List.of(a, b), "liaison");
			}
			catch (PaymentException ex) {
				return ex;
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Object>> results = new ArrayList<>();
		try {
			results.add(pool.submit(order));
			results.add(pool.submit(order));
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).filteredOn(PaymentOrder.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(PaymentException.class::isInstance).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from payment_order where unit_id = ?", Integer.class,
				this.unit.unitId()))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(distinct order_id) from payment_item where id in (?, ?)",
				Integer.class, a, b))
			.isOne();
	}

	@Test
	void aSimulatedPaymentPaysTheOrderOnceAndTheCasesGoOn() {
		String caseA = PaymentTestData.badgeCase(this.cases, this.unit, "赵五", "120");
		String caseB = PaymentTestData.badgeCase(this.cases, this.unit, "钱六", "120");
		Long a = PaymentTestData.awaitItem(this.jdbc, caseA);
		Long b = PaymentTestData.awaitItem(this.jdbc, caseB);
		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(a, b), "liaison");

		String url = this.orders.payOnline(this.unit.unitId(), order.getId());
		String sessionId = url.substring(SimulatedPaymentGateway.PAGE.length());
		assertThat(this.orders.payOnline(this.unit.unitId(), order.getId())).isEqualTo(url);
		assertThat(this.simulation.complete(sessionId)).isTrue();
		assertThat(this.simulation.complete(sessionId)).isFalse();

		assertThat(PaymentTestData.orderStatus(this.jdbc, order.getId())).isEqualTo("PAID");
		assertThat(PaymentTestData.itemStatus(this.jdbc, a)).isEqualTo("PAID");
		assertThat(PaymentTestData.itemStatus(this.jdbc, b)).isEqualTo("PAID");
		this.fixtures.awaitStatus(caseA, "AWAITING_REVIEW");
		this.fixtures.awaitStatus(caseB, "AWAITING_REVIEW");
		assertThat(this.cases.history(caseA))
			.filteredOn(
					(e) -> "AWAITING_REVIEW".equals(e.getEvent()) || "SECURITY_CHECK_REQUESTED".equals(e.getEvent()))
			.hasSize(1);
		assertThatExceptionOfType(PaymentException.class)
			.isThrownBy(() -> this.orders.payOnline(this.unit.unitId(), order.getId()));
	}

	@Test
	void aFailedOnlinePaymentLeavesTheOrderPendingForANewAttempt() {
		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(item("孙七", "60")), "liaison");
		String first = this.orders.payOnline(this.unit.unitId(), order.getId());

		assertThat(this.simulation.fail(first.substring(SimulatedPaymentGateway.PAGE.length()))).isTrue();

		assertThat(PaymentTestData.orderStatus(this.jdbc, order.getId())).isEqualTo("PENDING");
		assertThat(this.orders.order(this.unit.unitId(), order.getId()).isPaymentFailed()).isTrue();
		String second = this.orders.payOnline(this.unit.unitId(), order.getId());
		assertThat(second).isNotEqualTo(first);
		assertThat(this.simulation.complete(second.substring(SimulatedPaymentGateway.PAGE.length()))).isTrue();
		assertThat(PaymentTestData.orderStatus(this.jdbc, order.getId())).isEqualTo("PAID");
	}

	@Test
	void aCancelledOrderFreesItsItemsForANewOrderAndCannotBePaid() {
		Long a = item("周八", "60");
		PaymentOrder first = this.orders.create(this.unit.unitId(), List.of(a), "liaison");
		String url = this.orders.payOnline(this.unit.unitId(), first.getId());

		this.orders.cancel(this.unit.unitId(), first.getId());

		assertThat(PaymentTestData.orderStatus(this.jdbc, first.getId())).isEqualTo("CANCELLED");
		assertThat(this.orders.openItems(this.unit.unitId(), 0).getContent()).extracting(PaymentItem::getId)
			.containsExactly(a);
		assertThatExceptionOfType(PaymentException.class)
			.isThrownBy(() -> this.simulation.complete(url.substring(SimulatedPaymentGateway.PAGE.length())));
		assertThat(PaymentTestData.itemStatus(this.jdbc, a)).isEqualTo("OPEN");
		assertThatExceptionOfType(PaymentException.class)
			.isThrownBy(() -> this.orders.cancel(this.unit.unitId(), first.getId()));
		PaymentOrder second = this.orders.create(this.unit.unitId(), List.of(a), "liaison");
		assertThat(second.getTotal()).isEqualByComparingTo("60");
	}

	@Test
	void cancellingApplicationsWithdrawsTheirItemsAndShrinksThePendingOrder() {
		String caseA = PaymentTestData.badgeCase(this.cases, this.unit, "吴九", "120");
		String caseB = PaymentTestData.badgeCase(this.cases, this.unit, "郑十", "80");
		Long a = PaymentTestData.awaitItem(this.jdbc, caseA);
		Long b = PaymentTestData.awaitItem(this.jdbc, caseB);
		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(a, b), "liaison");

		cancel(caseA);
		awaitItemStatus(a, "WITHDRAWN");

		assertThat(this.orders.order(this.unit.unitId(), order.getId()).getTotal()).isEqualByComparingTo("80");
		assertThat(PaymentTestData.orderStatus(this.jdbc, order.getId())).isEqualTo("PENDING");
		cancel(caseB);
		awaitItemStatus(b, "WITHDRAWN");
		assertThat(PaymentTestData.orderStatus(this.jdbc, order.getId())).isEqualTo("CANCELLED");
	}

	@Test
	void cancellingAPaidApplicationMakesItRefundable() {
		String caseId = PaymentTestData.badgeCase(this.cases, this.unit, "冯十一", "120");
		Long a = PaymentTestData.awaitItem(this.jdbc, caseId);
		this.fixtures.awaitStatus(caseId, "AWAITING_PAYMENT");
		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(a), "liaison");
		this.simulation.complete(this.orders.payOnline(this.unit.unitId(), order.getId())
			.substring(SimulatedPaymentGateway.PAGE.length()));
		this.fixtures.awaitStatus(caseId, "AWAITING_REVIEW");

		cancel(caseId);

		awaitItemStatus(a, "REFUNDABLE");
		assertThat(this.orders.refundable(this.unit.unitId())).extracting(PaymentItem::getId).containsExactly(a);
	}

	@Test
	void financeConfirmsABankTransferInItsInboxAndTheOrderIsPaid() {
		String caseA = PaymentTestData.badgeCase(this.cases, this.unit, "陈十二", "150");
		Long a = PaymentTestData.awaitItem(this.jdbc, caseA);
		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(a), "liaison");
		PortalUser finance = PaymentTestData.finance(this.fixtures, this.accounts, this.unit.tree());

		String transferCase = this.transfers
			.submit(this.unit.unitId(), order.getId(), ReceiptFile.of("r.pdf", PaymentTestData.pdf()), "liaison")
			.getId();

		assertThat(PaymentTestData.orderStatus(this.jdbc, order.getId())).isEqualTo("TRANSFER_SUBMITTED");
		HumanTask task = this.fixtures.awaitOpenTask(transferCase, "Task_ConfirmTransfer");
		assertThat(this.tasks.inbox(finance, InboxFilter.unclaimed(), PageRequest.of(0, 500)).getContent())
			.extracting(HumanTask::getId)
			.contains(task.getId());
		PortalUser reviewer = this.fixtures.user(this.unit.tree().delegationReviewer());
		assertThat(this.tasks.inbox(reviewer, new InboxFilter(null, "all", null, null, null), PageRequest.of(0, 500))
			.getContent()).extracting(HumanTask::getId).doesNotContain(task.getId());
		this.tasks.decide(task.getId(), finance, "confirm", null, Map.of());

		this.fixtures.awaitStatus(transferCase, "PAID");
		assertThat(PaymentTestData.orderStatus(this.jdbc, order.getId())).isEqualTo("PAID");
		assertThat(PaymentTestData.itemStatus(this.jdbc, a)).isEqualTo("PAID");
		this.fixtures.awaitStatus(caseA, "AWAITING_REVIEW");
		this.fixtures.awaitClosed(transferCase);
	}

	@Test
	void aRejectedTransferSetsTheOrderPendingWithFinancesCommentAndTakesANewReceipt() {
		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(item("褚十三", "90")), "liaison");
		PortalUser finance = PaymentTestData.finance(this.fixtures, this.accounts, this.unit.tree());
		String transferCase = this.transfers
			.submit(this.unit.unitId(), order.getId(), ReceiptFile.of("r.pdf", PaymentTestData.pdf()), "liaison")
			.getId();
		HumanTask task = this.fixtures.awaitOpenTask(transferCase, "Task_ConfirmTransfer");

		this.tasks.decide(task.getId(), finance, "reject", "金额不符 amount differs", Map.of());

		this.fixtures.awaitStatus(transferCase, "TRANSFER_REJECTED");
		PaymentOrder rejected = this.orders.order(this.unit.unitId(), order.getId());
		assertThat(rejected.getStatus()).isEqualTo(PaymentOrder.Status.PENDING);
		assertThat(rejected.getFinanceComment()).isEqualTo("金额不符 amount differs");
		String again = this.transfers
			.submit(this.unit.unitId(), order.getId(), ReceiptFile.of("r2.pdf", PaymentTestData.pdf()), "liaison")
			.getId();
		assertThat(again).isNotEqualTo(transferCase);
		assertThat(PaymentTestData.orderStatus(this.jdbc, order.getId())).isEqualTo("TRANSFER_SUBMITTED");
	}

	/** An open item without a running case (the payment side needs no case to order). */
	private Long item(String name, String fee) {
		String caseId = java.util.UUID.randomUUID().toString();
		return this.settlement.ensureItem(caseId, null, name, this.unit.unitId(), new BigDecimal(fee)).getId();
	}

	private String caseOf(Long itemId) {
		return this.jdbc.queryForObject("select case_id from payment_item where id = ?", String.class, itemId);
	}

	private void cancel(String caseId) {
		this.engine.publishMessage("badge-cancelled", caseId, Map.of("cancelReason", "test"));
		this.fixtures.awaitStatus(caseId, "CANCELLED");
	}

	private void awaitItemStatus(Long itemId, String status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> PaymentTestData.itemStatus(this.jdbc, itemId).equals(status));
	}

	private ActivatedJob job(String caseId, String fee) {
		ActivatedJob job = mock(ActivatedJob.class);
		when(job.getVariablesAsType(RequestPaymentWorker.Input.class))
			.thenReturn(new RequestPaymentWorker.Input(caseId, 1, 1L, "王", this.unit.unitId(), new BigDecimal(fee)));
		return job;
	}

}
