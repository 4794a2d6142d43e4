package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fairflow.portal.badge.BadgeDrafts;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.ConsoleUpload;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.RestartablePortal;
import org.fairflow.workers.payment.SimulatedPaymentGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agility promise for a fee rule: the process owner publishes a new version of the
 * {@code badge-fee} decision (nothing else changes); persons submitted afterwards pay the
 * new fee, and a badge that was already waiting for payment keeps the fee it was given
 * and goes on once paid.
 */
class FeeRuleChangeScenarioTest {

	@RegisterExtension
	final RestartablePortal portal = RestartablePortal.onFreshSchema("fee");

	@Test
	void aNewVisitorFeeAppliesToNewApplicationsWhileAWaitingBadgeIsPaidAtItsOwnFee() throws Exception {
		ConfigurableApplicationContext context = this.portal.start();
		Fixtures fixtures = Fixtures.of(context);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		PaymentTestData.PayingUnit unit = PaymentTestData.approvedUnit(fixtures, context.getBean(Accounts.class), jdbc);
		String running = BadgeDrafts.submit(context, unit.liaison(), "VISITOR");
		Long runningItem = PaymentTestData.awaitItem(jdbc, running);

		ConsoleUpload.on(context).publish("badge-fee.dmn", visitorFee("300"), "专业观众证件费用调整为 300 元");
		String changed = BadgeDrafts.submit(context, unit.liaison(), "VISITOR");
		Long changedItem = PaymentTestData.awaitItem(jdbc, changed);

		assertThat(fee(jdbc, runningItem)).isEqualByComparingTo("200");
		assertThat(fee(jdbc, changedItem)).isEqualByComparingTo("300");
		Orders orders = context.getBean(Orders.class);
		PaymentOrder order = orders.create(unit.unitId(), List.of(runningItem), "liaison");
		assertThat(order.getTotal()).isEqualByComparingTo("200");
		String url = orders.payOnline(unit.unitId(), order.getId());
		assertThat(context.getBean(SimulatedPaymentGateway.class)
			.complete(url.substring(SimulatedPaymentGateway.PAGE.length()))).isTrue();
		fixtures.awaitClosed(running);
		assertThat(fixtures.caseRecord(running).getStatus()).isEqualTo("DELIVERED");
		assertThat(fixtures.caseRecord(changed).getStatus()).isEqualTo("AWAITING_PAYMENT");
	}

	private static BigDecimal fee(JdbcTemplate jdbc, Long itemId) {
		return jdbc.queryForObject("select fee from payment_item where id = ?", BigDecimal.class, itemId);
	}

	/**
	 * The shipped decision with the visitor rule's output changed, as a modeler saves it.
	 */
	private static byte[] visitorFee(String fee) throws Exception {
		String model = new ClassPathResource("models/badge-fee.dmn").getContentAsString(StandardCharsets.UTF_8);
		String changed = model.replaceFirst("(<outputEntry id=\"OutputEntry_F1_Fee\">\\s*<text>)200(</text>)",
				"$1" + fee + "$2");
		assertThat(changed).isNotEqualTo(model);
		return changed.getBytes(StandardCharsets.UTF_8);
	}

}
