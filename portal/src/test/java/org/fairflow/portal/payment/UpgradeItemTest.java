package org.fairflow.portal.payment;

import java.math.BigDecimal;
import java.util.List;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.workers.payment.SimulatedPaymentGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Items with a purpose: a case owes its badge fee and, besides, the fee of a paid
 * upgrade; both go on the unit's orders, but paying the upgrade's item publishes
 * {@link UpgradePaid}, never badge-paid, and the badge fee's status is what
 * {@link Payments#statusOf(String)} tells.
 */
@PortalTest
@RecordApplicationEvents
class UpgradeItemTest {

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
	Payments payments;

	@Autowired
	SimulatedPaymentGateway simulation;

	@Autowired
	ApplicationEvents events;

	@Autowired
	BankTransfers transfers;

	PaymentTestData.PayingUnit unit;

	@BeforeEach
	void approvedUnit() {
		this.unit = PaymentTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc);
	}

	@Test
	void aCaseOwesItsBadgeFeeAndAnUpgradeFeeAndPayingBothTellsEachItsOwnWay() {
		String caseId = PaymentTestData.badgeCase(this.cases, this.unit, "升级一", "200");
		Long badgeItem = PaymentTestData.awaitItem(this.jdbc, caseId);
		this.fixtures.awaitStatus(caseId, "AWAITING_PAYMENT");

		Payments.UpgradeItem upgrade = this.payments.requestUpgrade(caseId, 1L, "升级一", this.unit.unitId(),
				new BigDecimal("1000"), "VIP");
		assertThat(this.payments.requestUpgrade(caseId, 1L, "升级一", this.unit.unitId(), new BigDecimal("1000"), "VIP")
			.itemId()).isEqualTo(upgrade.itemId());
		assertThat(upgrade.fee()).isEqualByComparingTo("1000.00").hasScaleOf(2);
		assertThat(this.jdbc.queryForList("select purpose from payment_item where case_id = ? order by id",
				String.class, caseId))
			.containsExactly("BADGE", "UPGRADE");

		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(badgeItem, upgrade.itemId()), "liaison");
		assertThat(order.getTotal()).isEqualByComparingTo("1200.00");
		this.simulation.complete(this.orders.payOnline(this.unit.unitId(), order.getId())
			.substring(SimulatedPaymentGateway.PAGE.length()));

		this.fixtures.awaitStatus(caseId, "AWAITING_REVIEW");
		assertThat(this.events.stream(UpgradePaid.class)).containsExactly(new UpgradePaid(caseId, upgrade.itemId()));
		assertThat(this.payments.statusOf(caseId)).contains("PAID");
		assertThat(this.payments.upgradeOf(caseId).orElseThrow().status()).isEqualTo("PAID");
		assertThatIllegalStateException().isThrownBy(() -> this.payments.requestUpgrade(caseId, 1L, "升级一",
				this.unit.unitId(), new BigDecimal("1000"), "VIP"));
	}

	@Test
	void withdrawingAnUpgradeItemShrinksItsPendingOrderAndASecondWithdrawalChangesNothing() {
		String caseA = PaymentTestData.badgeCase(this.cases, this.unit, "升级二", "200");
		Long badgeItem = PaymentTestData.awaitItem(this.jdbc, caseA);
		Long upgradeItem = this.payments
			.requestUpgrade(caseA, 2L, "升级二", this.unit.unitId(), new BigDecimal("1000.00"), "VIP")
			.itemId();
		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(badgeItem, upgradeItem), "liaison");

		assertThat(this.payments.withdrawUpgrade(caseA)).isEqualTo(Payments.UpgradeWithdrawal.WITHDRAWN);
		assertThat(this.payments.withdrawUpgrade(caseA)).isEqualTo(Payments.UpgradeWithdrawal.NOTHING_OPEN);

		assertThat(this.payments.order(order.getId()).orElseThrow().total()).isEqualByComparingTo("200.00");
		assertThat(PaymentTestData.itemStatus(this.jdbc, upgradeItem)).isEqualTo("WITHDRAWN");
		assertThat(PaymentTestData.itemStatus(this.jdbc, badgeItem)).isEqualTo("OPEN");
		assertThat(this.events.stream(UpgradePaid.class)).isEmpty();
	}

	@Test
	void anUpgradeItemUnderATransferBeingCheckedIsNotWithdrawnAndTheAnswerLeavesTheTransactionUsable() {
		String caseId = PaymentTestData.badgeCase(this.cases, this.unit, "升级三", "200");
		PaymentTestData.awaitItem(this.jdbc, caseId);
		Long upgradeItem = this.payments
			.requestUpgrade(caseId, 3L, "升级三", this.unit.unitId(), new BigDecimal("1000.00"), "VIP")
			.itemId();
		PaymentOrder order = this.orders.create(this.unit.unitId(), List.of(upgradeItem), "liaison");
		this.transfers.submit(this.unit.unitId(), order.getId(), ReceiptFile.of("r.pdf", PaymentTestData.pdf()),
				"liaison");

		assertThat(this.payments.withdrawUpgrade(caseId)).isEqualTo(Payments.UpgradeWithdrawal.UNDER_TRANSFER);

		assertThat(PaymentTestData.itemStatus(this.jdbc, upgradeItem)).isEqualTo("OPEN");
		assertThat(PaymentTestData.orderStatus(this.jdbc, order.getId())).isEqualTo("TRANSFER_SUBMITTED");
	}

}
