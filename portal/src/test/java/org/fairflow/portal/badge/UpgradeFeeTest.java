package org.fairflow.portal.badge;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.fairflow.portal.production.ProducedBadges;
import org.fairflow.portal.quota.AllocationTarget;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upgrade fee from the DMN badge-upgrade-fee under the mining congress rules: the
 * organiser of this test's tree keeps a member list, so a member unit upgrades to VIP
 * free and any other unit is asked for 1000 yuan, which refuses the upgrade until paying
 * for it is built.
 */
@PortalTest
class UpgradeFeeTest {

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

	Fixtures.Tree tree;

	PortalUser liaison;

	String unitName;

	@BeforeEach
	void deliveredStaffBadgeWithVipQuotaLeft() {
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
	void aNonMembersUpgradeToVipCosts1000AndIsRefusedWithItsReasonLeavingTheBadge() {
		Person person = deliveredStaff();
		String caseId = reload(person).getCaseId();

		assertThatThrownBy(() -> this.lifecycle.upgrade(this.fixtures.user(this.tree.delegationReviewer()),
				person.getId(), BadgeType.VIP))
			.isInstanceOfSatisfying(UpgradeFeeDueException.class, (ex) -> {
				assertThat(ex.fee()).isEqualByComparingTo("1000").hasScaleOf(2);
				assertThat(ex.reason())
					.isEqualTo("U4 非会员单位升级 VIP 收费 1000 元 / Not a member unit, upgrade to VIP costs 1000 yuan");
			});
		assertThat(reload(person).getBadgeType()).isEqualTo(BadgeType.STAFF);
		assertThat(this.quotas.reservation(BadgeApplications.quotaRef(person.getId())))
			.hasValueSatisfying((r) -> assertThat(r.type()).isEqualTo(BadgeType.STAFF));
		assertThat(this.fixtures.caseRecord(caseId).isActive()).isFalse();
		assertThat(this.badges.current(caseId)).hasValueSatisfying((b) -> assertThat(b.round()).isEqualTo(1));
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
