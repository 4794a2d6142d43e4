package org.fairflow.portal.refund;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.payment.PaymentGateway;
import org.fairflow.workers.payment.RefundRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@code pay-back}: money goes back once, whatever happens to the job. Counted in the
 * simulated gateway's own refund rows.
 */
@PortalTest
class PayBackWorkerTest {

	@Autowired
	PayBackWorker worker;

	@Autowired
	PaymentGateway gateway;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	RefundTestData.Unit unit;

	@BeforeEach
	void unit() {
		this.unit = RefundTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void aRetriedJobPaysBackOnceAndAnswersTheSameBothTimes() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("张三", "200.00"), RefundTestData.Person.rejected("李四", "120.50"));
		Long refundId = refund(order, "ONLINE", "320.50");

		Map<String, Object> first = this.worker.handle(job(refundId));
		Map<String, Object> again = this.worker.handle(job(refundId));

		assertThat(first).containsEntry("paybackState", "PAID_BACK")
			.containsEntry("paybackReference", "refund-" + refundId);
		assertThat(again).isEqualTo(first);
		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refundId)).isOne();
		assertThat(this.jdbc.queryForObject("select amount from payment_refund_simulated where reference = ?",
				BigDecimal.class, "refund-" + refundId))
			.isEqualByComparingTo("320.50");
		assertThat(payback(refundId)).containsEntry("state", "PAID_BACK").containsEntry("reconciled", false);
	}

	@Test
	void anAttemptWhoseAnswerWasLostIsReconciledWithTheGatewayAndNotPaidAgain() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("王五", "200.00"));
		Long refundId = refund(order, "ONLINE", "200.00");
		// The last run recorded its attempt and reached the gateway; its JVM died before
		// it recorded the outcome.
		attempting(refundId, "200.00");
		this.gateway.refund(new RefundRequest("refund-" + refundId, order.sessionId(), new BigDecimal("200.00")));

		Map<String, Object> output = this.worker.handle(job(refundId));

		assertThat(output).containsEntry("paybackState", "PAID_BACK");
		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refundId)).isOne();
		assertThat(payback(refundId)).containsEntry("state", "PAID_BACK").containsEntry("reconciled", true);
	}

	@Test
	void anAttemptThatNeverReachedTheGatewayPaysBackOnce() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("赵六", "200.00"));
		Long refundId = refund(order, "ONLINE", "200.00");
		attempting(refundId, "200.00");

		this.worker.handle(job(refundId));
		this.worker.handle(job(refundId));

		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refundId)).isOne();
		assertThat(payback(refundId)).containsEntry("state", "PAID_BACK").containsEntry("attempts", 2);
	}

	@Test
	void aTransferRefundNeedsFinanceAtTheBankAndCallsNoGateway() {
		RefundTestData.Order order = RefundTestData.paidByTransfer(this.jdbc, this.unit,
				RefundTestData.Person.rejected("钱七", "200.00"));
		Long refundId = refund(order, "TRANSFER", "200.00");

		Map<String, Object> output = this.worker.handle(job(refundId));

		assertThat(output).containsEntry("paybackState", "BANK_REFUND_NEEDED");
		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refundId)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from refund_payback where refund_id = ?", Integer.class,
				refundId))
			.isZero();
	}

	@Test
	void aRefusalByTheGatewayFailsTheJobWithItsReasonAndPaysNothing() {
		RefundTestData.Order order = RefundTestData.paidOnline(this.jdbc, this.unit,
				RefundTestData.Person.rejected("孙八", "200.00"));
		// More than the session took: the gateway refuses.
		Long refundId = refund(order, "ONLINE", "999.00");

		assertThatThrownBy(() -> this.worker.handle(job(refundId))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("refused payback refund-" + refundId)
			.hasMessageContaining("EXCEEDS_PAID");
		assertThat(RefundTestData.gatewayRefunds(this.jdbc, "refund-" + refundId)).isZero();
		assertThat(payback(refundId)).containsEntry("state", "ATTEMPTING");
		assertThat((String) payback(refundId).get("last_error")).contains("EXCEEDS_PAID");
	}

	private Long refund(RefundTestData.Order order, String channel, String amount) {
		Timestamp now = Timestamp.from(Instant.now());
		return this.jdbc.queryForObject(
				"insert into refund_request (unit_id, order_id, state, channel, amount, requested_by, requested_at,"
						+ " updated_at) values (?, ?, 'APPROVED', ?, ?, 'test', ?, ?) returning id",
				Long.class, this.unit.unitId(), order.orderId(), channel, new BigDecimal(amount), now, now);
	}

	private void attempting(Long refundId, String amount) {
		this.jdbc.update(
				"insert into refund_payback (refund_id, reference, state, amount, attempts, started_at)"
						+ " values (?, ?, 'ATTEMPTING', ?, 1, ?)",
				refundId, "refund-" + refundId, new BigDecimal(amount), Timestamp.from(Instant.now()));
	}

	private Map<String, Object> payback(Long refundId) {
		return this.jdbc.queryForMap("select * from refund_payback where refund_id = ?", refundId);
	}

	private static ActivatedJob job(Long refundId) {
		ActivatedJob job = mock(ActivatedJob.class);
		when(job.getVariablesAsType(PayBackWorker.Input.class)).thenReturn(new PayBackWorker.Input(refundId));
		return job;
	}

}
