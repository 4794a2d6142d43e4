package org.fairflow.workers.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Refunds through the {@link PaymentGateway} interface, with the simulation behind it,
 * against PostgreSQL. Every test pays its own session.
 */
@SpringBootTest
class PaymentRefundTest {

	@Autowired
	PaymentGateway gateway;

	@Autowired
	JdbcTemplate jdbc;

	private final String order = "order-" + UUID.randomUUID();

	@Test
	void aRepeatedRefundReturnsTheFirstAndPaysNothingAgain() {
		String session = paidSession("360.00");

		RefundResult first = this.gateway.refund(new RefundRequest(this.order + "-r1", session, new BigDecimal("120")));
		RefundResult again = this.gateway
			.refund(new RefundRequest(this.order + "-r1", session, new BigDecimal("120.00")));

		assertThat(again).isEqualTo(first);
		assertThat(first.amount()).isEqualTo(new BigDecimal("120.00"));
		assertThat(first.sessionId()).isEqualTo(session);
		assertThat(refundRows(session)).isOne();
		assertThat(this.gateway.findRefund(this.order + "-r1")).contains(first);
		assertThat(this.gateway.findRefund(this.order + "-none")).isEmpty();
	}

	@Test
	void twoConcurrentRefundsWithOneReferenceMakeOneRefund() throws Exception {
		String session = paidSession("100.00");
		RefundRequest request = new RefundRequest(this.order + "-r1", session, new BigDecimal("100.00"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<RefundResult>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(threads.submit(() -> {
					start.await();
					return this.gateway.refund(request);
				}));
			}
			start.countDown();
			RefundResult one = results.get(0).get(30, TimeUnit.SECONDS);
			RefundResult other = results.get(1).get(30, TimeUnit.SECONDS);

			assertThat(other).isEqualTo(one);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(refundRows(session)).isOne();
		assertThat(refunded(session)).isEqualByComparingTo("100.00");
	}

	@Test
	void twoConcurrentRefundsOfTheWholeAmountWithDifferentReferencesPayBackOnce() throws Exception {
		String session = paidSession("100.00");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Object> outcomes = new ArrayList<>();
		try {
			List<Future<Object>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				String reference = this.order + "-r" + i;
				results.add(threads.submit(() -> {
					start.await();
					try {
						return this.gateway.refund(new RefundRequest(reference, session, new BigDecimal("100.00")));
					}
					catch (RefundRefusedException ex) {
						return ex.reason();
					}
				}));
			}
			start.countDown();
			for (Future<Object> result : results) {
				outcomes.add(result.get(30, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(outcomes).filteredOn(RefundResult.class::isInstance).hasSize(1);
		assertThat(outcomes).contains(RefundRefusedException.EXCEEDS_PAID);
		assertThat(refunded(session)).isEqualByComparingTo("100.00");
	}

	@Test
	void aRefundBeyondWhatIsLeftIsRefusedAndPaysNothing() {
		String session = paidSession("100.00");
		this.gateway.refund(new RefundRequest(this.order + "-r1", session, new BigDecimal("60.00")));

		assertThatExceptionOfType(RefundRefusedException.class)
			.isThrownBy(
					() -> this.gateway.refund(new RefundRequest(this.order + "-r2", session, new BigDecimal("40.01"))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RefundRefusedException.EXCEEDS_PAID))
			.withMessageContaining("40.00");
		assertThat(this.gateway.findRefund(this.order + "-r2")).isEmpty();
		assertThat(refunded(session)).isEqualByComparingTo("60.00");
	}

	@Test
	void partialRefundsMayAddUpToExactlyThePaidAmount() {
		String session = paidSession("100.00");

		this.gateway.refund(new RefundRequest(this.order + "-r1", session, new BigDecimal("33.33")));
		this.gateway.refund(new RefundRequest(this.order + "-r2", session, new BigDecimal("33.33")));
		this.gateway.refund(new RefundRequest(this.order + "-r3", session, new BigDecimal("33.34")));

		assertThat(refunded(session)).isEqualTo(new BigDecimal("100.00"));
		assertThatExceptionOfType(RefundRefusedException.class)
			.isThrownBy(
					() -> this.gateway.refund(new RefundRequest(this.order + "-r4", session, new BigDecimal("0.01"))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RefundRefusedException.EXCEEDS_PAID));
	}

	@Test
	void aSessionNotPaidOrUnknownHasNothingToRefund() {
		PaymentSession open = this.gateway
			.open(new PaymentRequest(this.order, new BigDecimal("10.00"), "证件费 Badge fees", "/payment"));

		assertThatExceptionOfType(RefundRefusedException.class)
			.isThrownBy(() -> this.gateway
				.refund(new RefundRequest(this.order + "-r1", open.sessionId(), new BigDecimal("10.00"))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RefundRefusedException.SESSION_NOT_PAID));
		assertThatExceptionOfType(RefundRefusedException.class)
			.isThrownBy(() -> this.gateway
				.refund(new RefundRequest(this.order + "-r2", "no-such-session", new BigDecimal("10.00"))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RefundRefusedException.SESSION_UNKNOWN));
	}

	@Test
	void aReferenceUsedForAnotherAmountIsRefusedNotMerged() {
		String session = paidSession("100.00");
		this.gateway.refund(new RefundRequest(this.order + "-r1", session, new BigDecimal("10.00")));

		assertThatExceptionOfType(RefundRefusedException.class)
			.isThrownBy(
					() -> this.gateway.refund(new RefundRequest(this.order + "-r1", session, new BigDecimal("20.00"))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RefundRefusedException.REFERENCE_REUSED));
		assertThat(refunded(session)).isEqualByComparingTo("10.00");
	}

	@Test
	void aRefundRequestNeedsAShortReferenceASessionAndAPositiveAmountInFen() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RefundRequest("r".repeat(65), "s", BigDecimal.ONE));
		assertThatIllegalArgumentException().isThrownBy(() -> new RefundRequest(" ", "s", BigDecimal.ONE));
		assertThatIllegalArgumentException().isThrownBy(() -> new RefundRequest("r", null, BigDecimal.ONE));
		assertThatIllegalArgumentException().isThrownBy(() -> new RefundRequest("r", "s", BigDecimal.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new RefundRequest("r", "s", new BigDecimal("-1")));
		assertThatIllegalArgumentException().isThrownBy(() -> new RefundRequest("r", "s", new BigDecimal("1.001")))
			.withMessageContaining("2 decimals");
		assertThat(new RefundRequest("r", "s", new BigDecimal("1.500")).amount()).isEqualTo(new BigDecimal("1.50"));
	}

	private String paidSession(String amount) {
		PaymentSession session = this.gateway
			.open(new PaymentRequest(this.order, new BigDecimal(amount), "证件费 Badge fees", "/payment"));
		assertThat(((SimulatedPaymentGateway) this.gateway).complete(session.sessionId())).isTrue();
		return session.sessionId();
	}

	private int refundRows(String session) {
		return this.jdbc.queryForObject("select count(*) from payment_refund_simulated where session_id = ?",
				Integer.class, session);
	}

	private BigDecimal refunded(String session) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from payment_refund_simulated where session_id = ?", BigDecimal.class,
				session);
	}

}
