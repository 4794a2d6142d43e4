package org.fairflow.workers.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The payment gateway through its interface, with the simulation behind it and a listener
 * that collects outcomes. Every test uses its own reference.
 */
@SpringBootTest
class PaymentGatewayTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class Listener {

		@Bean
		CollectingListener collectingListener() {
			return new CollectingListener();
		}

	}

	static class CollectingListener implements PaymentListener {

		final List<String> outcomes = new CopyOnWriteArrayList<>();

		@Override
		public void paid(PaymentSession session) {
			this.outcomes.add("paid " + session.reference() + " " + session.status());
		}

		@Override
		public void failed(PaymentSession session) {
			this.outcomes.add("failed " + session.reference() + " " + session.status());
		}

		List<String> of(String reference) {
			return this.outcomes.stream().filter((o) -> o.contains(" " + reference + " ")).toList();
		}

	}

	@Autowired
	PaymentGateway gateway;

	@Autowired
	CollectingListener listener;

	private final String reference = "order-" + UUID.randomUUID();

	@Test
	void theSimulationIsTheDefault() {
		assertThat(this.gateway).isInstanceOf(SimulatedPaymentGateway.class);
	}

	@Test
	void openingTwiceForOneReferenceGivesTheSameOpenSession() {
		PaymentSession first = this.gateway.open(request("120.00"));
		PaymentSession second = this.gateway.open(request("120.00"));

		assertThat(second).isEqualTo(first);
		assertThat(first.status()).isEqualTo(PaymentStatus.OPEN);
		assertThat(first.amount()).isEqualByComparingTo("120");
		assertThat(first.payUrl()).isEqualTo("/payment/simulated/" + first.sessionId());
		assertThat(this.gateway.find(first.sessionId())).contains(first);
	}

	@Test
	void payingTellsTheListenerOnceEvenIfCompletedTwice() {
		PaymentSession session = this.gateway.open(request("60.00"));
		SimulatedPaymentGateway simulation = (SimulatedPaymentGateway) this.gateway;

		assertThat(simulation.complete(session.sessionId())).isTrue();
		assertThat(simulation.complete(session.sessionId())).isFalse();
		assertThat(simulation.fail(session.sessionId())).isFalse();

		assertThat(this.listener.of(this.reference)).containsExactly("paid " + this.reference + " PAID");
		assertThat(this.gateway.find(session.sessionId()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
		assertThat(this.gateway.open(request("60.00")).status()).isEqualTo(PaymentStatus.PAID);
	}

	@Test
	void aFailedPaymentIsReportedOnceAndCannotBePaidAfterwards() {
		PaymentSession session = this.gateway.open(request("60.00"));
		SimulatedPaymentGateway simulation = (SimulatedPaymentGateway) this.gateway;

		assertThat(simulation.fail(session.sessionId())).isTrue();
		assertThat(simulation.complete(session.sessionId())).isFalse();

		assertThat(this.listener.of(this.reference)).containsExactly("failed " + this.reference + " FAILED");
	}

	@Test
	void anUnknownSessionIsNotFoundAndNotCompleted() {
		SimulatedPaymentGateway simulation = (SimulatedPaymentGateway) this.gateway;

		assertThat(this.gateway.find("no-such-session")).isEmpty();
		assertThat(simulation.complete("no-such-session")).isFalse();
	}

	@Test
	void aRequestWithoutAmountOrReferenceIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PaymentRequest(this.reference, BigDecimal.ZERO, "x", "/"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PaymentRequest(" ", BigDecimal.TEN, "x", "/"));
	}

	private PaymentRequest request(String amount) {
		return new PaymentRequest(this.reference, new BigDecimal(amount), "证件费 Badge fees", "/payment");
	}

}
