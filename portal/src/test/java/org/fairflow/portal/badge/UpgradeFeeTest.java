package org.fairflow.portal.badge;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.payment.PaymentDriver;
import org.fairflow.portal.payment.Payments;
import org.fairflow.portal.payment.UpgradePaid;
import org.fairflow.portal.production.ProducedBadges;
import org.fairflow.portal.quota.AllocationTarget;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.support.WebPages;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;
import org.fairflow.portal.unit.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upgrade fee from the DMN badge-upgrade-fee under the mining congress rules: the
 * organiser of this test's tree keeps a member list, so a member unit (or a person with a
 * verified student card) upgrades to VIP free and any other unit owes 1000 yuan: the
 * upgrade waits for the unit's payment (online or by transfer) and then switches once.
 */
@PortalTest
@AutoConfigureMockMvc
class UpgradeFeeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Quotas quotas;

	@Autowired
	Persons persons;

	@Autowired
	BadgeApplications applications;

	@Autowired
	BadgeLifecycle lifecycle;

	@Autowired
	MemberUnits members;

	@Autowired
	ProducedBadges badges;

	@Autowired
	StudentCards studentCards;

	@Autowired
	UpgradeFees upgradeFees;

	@Autowired
	PaidUpgrades paidUpgrades;

	@Autowired
	Payments payments;

	@Autowired
	Cases cases;

	@Autowired
	HumanTasks tasks;

	@Autowired
	UnitDirectory units;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	TransactionTemplate transactions;

	Fixtures.Tree tree;

	PortalUser liaison;

	String unitName;

	@BeforeEach
	void deliveredStaffBadgeWithVipQuotaLeft() {
		this.transactions = new TransactionTemplate(this.transactionManager);
		this.tree = this.fixtures.tree();
		this.liaison = BadgeTestData.approvedUnit(this.fixtures, this.accounts, this.jdbc, this.tree);
		this.unitName = this.jdbc.queryForObject("select name_zh from unit where id = ?", String.class,
				this.liaison.unitId());
		String organiser = "organiser" + this.tree.organiser().getId();
		this.accounts.create(organiser, Fixtures.PASSWORD, Role.ORGANISER, "组委会", this.tree.organiser().getId(), null);
		for (BadgeType type : List.of(BadgeType.STAFF, BadgeType.VIP)) {
			this.quotas.allocate(this.fixtures.user(organiser),
					AllocationTarget.organisation(this.tree.delegation().getId()), type, 1);
		}
		this.quotas.allocate(this.fixtures.user(this.tree.delegationReviewer()),
				AllocationTarget.organisation(this.tree.sub().getId()), BadgeType.STAFF, 1);
		this.members.add(this.tree.organiser().getId(), "某矿业集团有限公司");
	}

	@Test
	void aMemberUnitsPersonIsUpgradedToVipFreeAndTheHistoryNamesTheRule() {
		// Full-width brackets and spaces around it still name the same unit.
		this.members.add(this.tree.organiser().getId(), "  " + this.unitName + "（会员）  ");
		this.jdbc.update("update unit set name_zh = ? where id = ?", this.unitName + "(会员)", this.liaison.unitId());
		Person person = deliveredStaff();
		String caseId = reload(person).getCaseId();

		UpgradeFees.UpgradeFee fee = this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()),
				person.getId(), BadgeType.VIP);

		assertThat(fee.fee()).isEqualByComparingTo("0").hasScaleOf(2);
		assertThat(fee.reason()).startsWith("U2 ");
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.badges.current(caseId).map((b) -> b.round() == 2).orElse(false)
					&& !this.fixtures.caseRecord(caseId).isActive());
		assertThat(reload(person).getBadgeType()).isEqualTo(BadgeType.VIP);
		assertThat(this.jdbc.queryForMap(
				"select comment, detail, detail_en from case_event where case_id = ? and event = 'UPGRADE_FEE'",
				caseId))
			.containsEntry("COMMENT", "U2 会员单位升级 VIP 免费 / Member unit, upgrade to VIP free")
			.containsEntry("DETAIL", "0.00 元")
			.containsEntry("DETAIL_EN", "0.00 yuan");
	}

	@Test
	void aVerifiedStudentCardMakesTheUpgradeToVipFreeByRuleU3() {
		Person person = deliveredStaff();
		StudentCard card = this.studentCards.upload(this.liaison.unitId(), person.getId(),
				BadgeTestData.image("png", 400, 250, 3), this.liaison.getUsername());
		assertThat(this.upgradeFees.of(unit(), person.getId(), BadgeType.VIP).fee()).isEqualByComparingTo("1000");

		this.studentCards.decide(organiser(), card.getId(), true, null);

		UpgradeFees.UpgradeFee fee = this.upgradeFees.of(unit(), person.getId(), BadgeType.VIP);
		assertThat(fee.fee()).isEqualByComparingTo("0").hasScaleOf(2);
		assertThat(fee.reason()).startsWith("U3 ");
	}

	@Test
	void aRejectedStudentCardLeavesTheFeeAndNeedsAReason() {
		Person person = deliveredStaff();
		StudentCard card = this.studentCards.upload(this.liaison.unitId(), person.getId(),
				BadgeTestData.image("jpeg", 400, 250, 3), this.liaison.getUsername());

		assertThatThrownBy(() -> this.studentCards.decide(organiser(), card.getId(), false, "  "))
			.hasMessage("badge.studentCard.reasonRequired");
		this.studentCards.decide(organiser(), card.getId(), false, "照片不清楚 blurred");

		assertThat(this.studentCards.of(person.getId())).hasValueSatisfying((c) -> {
			assertThat(c.getStatus()).isEqualTo(StudentCard.Status.REJECTED);
			assertThat(c.getRejectReason()).isEqualTo("照片不清楚 blurred");
		});
		assertThat(this.upgradeFees.of(unit(), person.getId(), BadgeType.VIP).fee()).isEqualByComparingTo("1000");
		assertThatThrownBy(() -> this.studentCards.decide(organiser(), card.getId(), true, null))
			.hasMessage("badge.studentCard.decidedAlready");
	}

	@Test
	void aNonMembersUpgradeToVipWaitsForPaymentThenSwitchesOnceWhenPaidOnline() throws Exception {
		Person person = deliveredStaff();
		String caseId = reload(person).getCaseId();

		UpgradeFees.UpgradeFee fee = this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()),
				person.getId(), BadgeType.VIP);

		assertThat(fee.fee()).isEqualByComparingTo("1000").hasScaleOf(2);
		assertThat(fee.reason())
			.isEqualTo("U4 非会员单位升级 VIP 收费 1000 元 / Not a member unit, upgrade to VIP costs 1000 yuan");
		// Nothing switched yet: the old badge stands, the new type's quota is held.
		assertThat(reload(person).getBadgeType()).isEqualTo(BadgeType.STAFF);
		assertThat(this.paidUpgrades.pending(person.getId())).hasValueSatisfying((u) -> {
			assertThat(u.getToType()).isEqualTo(BadgeType.VIP);
			assertThat(u.getFee()).isEqualByComparingTo("1000.00");
			assertThat(u.getReason()).startsWith("U4 ");
		});
		assertThat(this.quotas.reservation(PaidUpgrades.quotaRef(person.getId())))
			.hasValueSatisfying((r) -> assertThat(r.type()).isEqualTo(BadgeType.VIP));
		assertThat(this.fixtures.caseRecord(caseId).isActive()).isFalse();
		Payments.UpgradeItem item = this.payments.upgradeOf(caseId).orElseThrow();
		assertThat(item.status()).isEqualTo("OPEN");
		assertThat(item.fee()).isEqualByComparingTo("1000.00");
		assertThat(item.upgradeTo()).isEqualTo("VIP");
		assertThat(this.payments.statusOf(caseId)).isEmpty();
		String page = new WebPages(this.mvc)
			.page(get("/badge/persons/" + person.getId()).with(user(this.liaison)).param("lang", "zh"));
		assertThat(page).contains("升级待付款", "1000.00", "U4 非会员单位升级 VIP 收费 1000 元", "id=\"withdraw-upgrade-form\"",
				"data-confirm=\"确认撤回该升级");
		assertThat(new WebPages(this.mvc).page(get("/payment").with(user(this.liaison)))).contains("升级 VIP");

		PaymentDriver payment = PaymentDriver.of(this.context);
		assertThat(payment.openItems(this.liaison.unitId())).containsExactly(item.itemId());
		Long orderId = payment.order(this.liaison.unitId(), List.of(item.itemId()));
		assertThat(this.payments.order(orderId).orElseThrow().total()).isEqualByComparingTo("1000.00");
		payment.payOnline(this.liaison.unitId(), orderId);

		awaitSwitched(person, caseId);
		// The same payment told again switches nothing more.
		this.events.publishEvent(new UpgradePaid(caseId, item.itemId()));
		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new UpgradePaid(caseId, item.itemId())));
		assertThat(this.cases.round(caseId)).isEqualTo(2);
		assertThat(count("select count(*) from case_event where case_id = ? and event = 'UPGRADE_PAID'", caseId))
			.isOne();
		assertThat(this.payments.upgradeOf(caseId).orElseThrow().status()).isEqualTo("PAID");
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(person.getId())))
			.hasValueSatisfying((r) -> assertThat(r.type()).isEqualTo(BadgeType.VIP));
		assertThat(this.quotas.reservation(PaidUpgrades.quotaRef(person.getId()))).isEmpty();
		assertThat(this.paidUpgrades.pending(person.getId())).isEmpty();
	}

	@Test
	void aPaidUpgradeSwitchesWhenFinanceConfirmsTheTransfer() {
		Person person = deliveredStaff();
		String caseId = reload(person).getCaseId();
		this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()), person.getId(), BadgeType.VIP);
		Long itemId = this.payments.upgradeOf(caseId).orElseThrow().itemId();
		PaymentDriver payment = PaymentDriver.of(this.context);
		Long orderId = payment.order(this.liaison.unitId(), List.of(itemId));
		String finance = "fin" + orderId;
		this.accounts.create(finance, Fixtures.PASSWORD, Role.FINANCE, "财务", this.tree.organiser().getId(), null);

		String transferCase = payment.submitTransfer(this.liaison.unitId(), orderId);
		// The unit cannot take it back while finance checks the money.
		assertThatThrownBy(() -> this.paidUpgrades.withdraw(this.liaison.unitId(), person.getId(), this.liaison))
			.hasMessage("badge.upgrade.underTransfer");
		HumanTask task = this.fixtures.awaitOpenTask(transferCase, "Task_ConfirmTransfer");
		this.tasks.decide(task.getId(), this.fixtures.user(finance), "confirm", null, Map.of());

		awaitSwitched(person, caseId);
		assertThat(this.payments.order(orderId).orElseThrow().paidBy()).isEqualTo("TRANSFER");
	}

	@Test
	void withdrawingAPendingUpgradeGivesTheQuotaBackAndTakesTheItemOffItsOrder() throws Exception {
		Person person = deliveredStaff();
		String caseId = reload(person).getCaseId();
		this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()), person.getId(), BadgeType.VIP);
		Long itemId = this.payments.upgradeOf(caseId).orElseThrow().itemId();
		Long orderId = PaymentDriver.of(this.context).order(this.liaison.unitId(), List.of(itemId));
		assertThatThrownBy(() -> this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()),
				person.getId(), BadgeType.VIP))
			.hasMessage("badge.upgrade.pendingAlready");

		MvcResult withdrawn = new WebPages(this.mvc).perform(
				post("/badge/persons/" + person.getId() + "/upgrade/withdraw").with(csrf()).with(user(this.liaison)));

		assertThat(withdrawn.getFlashMap().get("successKey")).isEqualTo("badge.upgrade.withdrawn");
		assertThat(this.quotas.reservation(PaidUpgrades.quotaRef(person.getId()))).isEmpty();
		assertThat(this.payments.upgradeOf(caseId).orElseThrow().status()).isEqualTo("WITHDRAWN");
		assertThat(this.payments.order(orderId).orElseThrow().status()).isEqualTo("CANCELLED");
		assertThat(this.paidUpgrades.pending(person.getId())).isEmpty();
		assertThat(reload(person).getBadgeType()).isEqualTo(BadgeType.STAFF);
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(person.getId())))
			.hasValueSatisfying((r) -> assertThat(r.type()).isEqualTo(BadgeType.STAFF));
		// A late notice of the withdrawn item switches nothing.
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new UpgradePaid(caseId, itemId)));
		assertThat(reload(person).getBadgeType()).isEqualTo(BadgeType.STAFF);
		assertThatThrownBy(() -> this.paidUpgrades.withdraw(this.liaison.unitId(), person.getId(), this.liaison))
			.hasMessage("badge.upgrade.nothingPending");

		// The one VIP of the quota is free again: asked anew, the same item owes again.
		this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()), person.getId(), BadgeType.VIP);
		assertThat(this.payments.upgradeOf(caseId).orElseThrow()).satisfies((i) -> {
			assertThat(i.itemId()).isEqualTo(itemId);
			assertThat(i.status()).isEqualTo("OPEN");
		});
	}

	@Test
	void aBadgeThatEndsCancelledTakesItsPendingUpgradeAndItsItemWithIt() {
		Person person = deliveredStaff();
		String caseId = reload(person).getCaseId();
		this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()), person.getId(), BadgeType.VIP);

		// As the status step of the process reports it.
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(
				new CaseStatusChanged(caseId, BadgeApplications.FLOW, String.valueOf(person.getId()), "CANCELLED")));

		assertThat(this.paidUpgrades.pending(person.getId())).isEmpty();
		assertThat(this.quotas.reservation(PaidUpgrades.quotaRef(person.getId()))).isEmpty();
		assertThat(this.payments.upgradeOf(caseId).orElseThrow().status()).isEqualTo("WITHDRAWN");
		assertThat(count("select count(*) from case_event where case_id = ? and event = 'UPGRADE_WITHDRAWN'", caseId))
			.isOne();
	}

	private void awaitSwitched(Person person, String caseId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.badges.current(caseId).map((b) -> b.round() == 2).orElse(false)
					&& !this.fixtures.caseRecord(caseId).isActive());
		assertThat(reload(person).getBadgeType()).isEqualTo(BadgeType.VIP);
		assertThat(this.jdbc.queryForObject("select badge_type from produced_badge where id = ?", String.class,
				this.badges.current(caseId).orElseThrow().badgeId()))
			.isEqualTo("VIP");
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	private UnitDirectory.RegisteredUnit unit() {
		return this.units.findById(this.liaison.unitId()).orElseThrow();
	}

	private PortalUser organiser() {
		return this.fixtures.user("organiser" + this.tree.organiser().getId());
	}

	@Test
	void namesMatchExactlyOnceTrimmedAndFullWidthReadAsHalfWidth() {
		Long organisation = this.tree.sub().getId();

		assertThat(this.members.listKept(organisation)).isTrue();
		assertThat(this.members.isMember(organisation, "某矿业集团有限公司", null)).isTrue();
		assertThat(this.members.isMember(organisation, " 某矿业集团有限公司　", null)).isTrue();
		assertThat(this.members.isMember(organisation, "某矿业集团", null)).isFalse();
		assertThat(this.members.isMember(this.fixtures.tree().sub().getId(), "某矿业集团有限公司", null)).isFalse();
		assertThat(MemberUnits.normalise("ＡＢＣ（１）")).isEqualTo("ABC(1)");
	}

	private Person deliveredStaff() {
		Person person = BadgeTestData.draft(this.persons, this.liaison.unitId(), BadgeTestData.form("STAFF"), true);
		this.applications.submit(this.liaison.unitId(), List.of(person.getId()), this.liaison);
		this.fixtures.awaitClosed(reload(person).getCaseId());
		return person;
	}

	private Person reload(Person person) {
		return this.persons.find(this.liaison.unitId(), person.getId()).orElseThrow();
	}

}
