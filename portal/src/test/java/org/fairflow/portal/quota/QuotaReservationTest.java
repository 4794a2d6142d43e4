package org.fairflow.portal.quota;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.UnitCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fairflow.portal.quota.BadgeType.STAFF;
import static org.fairflow.portal.quota.BadgeType.VIP;
import static org.fairflow.portal.quota.BadgeType.VISITOR;

/**
 * Reserving, releasing and upgrading: one from the unit, counted at every level above,
 * once per person, never beyond a quota.
 */
@PortalTest
class QuotaReservationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Quotas quotas;

	LedgerFixtures ledger;

	Fixtures.Tree tree;

	@BeforeEach
	void tree() {
		this.ledger = new LedgerFixtures(this.fixtures, this.accounts, this.quotas);
		this.tree = this.fixtures.tree();
	}

	@Test
	void aReservationConsumesOneFromTheUnitAndCountsAtEveryLevelAbove() {
		String code = this.ledger.chain(this.tree, VIP, 80, 20, 5);

		Reservation reservation = this.quotas.reserve(person(code, 1), VIP, code, subId());

		assertThat(reservation.type()).isEqualTo(VIP);
		assertThat(reservation.unitCreditCode()).isEqualTo(code);
		assertThat(reservation.fromUnitAllocation()).isTrue();
		assertThat(this.quotas.reservation(person(code, 1))).contains(reservation);
		assertThat(this.ledger.ofUnit(code, subId(), VIP)).isEqualTo(new QuotaView.Usage(5, 1, 0, 1, false));
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(new QuotaView.Usage(20, 1, 5, 0, false));
		assertThat(this.ledger.ofOrg(delegationId(), VIP)).isEqualTo(new QuotaView.Usage(80, 1, 20, 0, false));
		assertThat(this.ledger.ofOrg(delegationId(), VIP).label()).isEqualTo("1/80");
	}

	@Test
	void reservingTwiceForTheSamePersonConsumesOnce() {
		String code = this.ledger.chain(this.tree, STAFF, 10, 5, 2);

		Reservation first = this.quotas.reserve(person(code, 1), STAFF, code, subId());
		Reservation again = this.quotas.reserve(person(code, 1), STAFF, code, subId());

		assertThat(again).isEqualTo(first);
		assertThat(this.ledger.ofUnit(code, subId(), STAFF).used()).isEqualTo(1);
		assertThat(this.ledger.ofOrg(subId(), STAFF).used()).isEqualTo(1);
		assertThat(this.ledger.ofOrg(delegationId(), STAFF).used()).isEqualTo(1);
	}

	@Test
	void reservingTheOtherTypeForAPersonWhoHoldsOneIsRefused() {
		String code = this.ledger.chain(this.tree, STAFF, 10, 5, 2);
		this.ledger.delegation(this.tree, VIP, 10);
		this.ledger.sub(this.tree, VIP, 5);
		this.quotas.reserve(person(code, 1), STAFF, code, subId());

		assertThatThrownBy(() -> this.quotas.reserve(person(code, 1), VIP, code, subId())).isInstanceOfSatisfying(
				QuotaException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("quota.reservedAsOther"));
		assertThat(this.ledger.ofOrg(subId(), VIP).used()).isZero();
	}

	@Test
	void aRequestBeyondTheUnitsQuotaNamesTheUnitAndConsumesNothing() {
		String code = this.ledger.chain(this.tree, VIP, 80, 20, 2);
		this.quotas.reserve(person(code, 1), VIP, code, subId());
		this.quotas.reserve(person(code, 2), VIP, code, subId());

		assertThatThrownBy(() -> this.quotas.reserve(person(code, 3), VIP, code, subId()))
			.isInstanceOfSatisfying(QuotaExceededException.class, (ex) -> {
				assertThat(ex.getMessage()).isEqualTo("VIP 2/2 at " + code);
				assertThat(ex.type()).isEqualTo(VIP);
				assertThat(ex.taken()).isEqualTo(2);
				assertThat(ex.allocated()).isEqualTo(2);
			});
		assertThat(this.quotas.reservation(person(code, 3))).isEmpty();
		assertThat(this.ledger.ofUnit(code, subId(), VIP).used()).isEqualTo(2);
		assertThat(this.ledger.ofOrg(subId(), VIP).used()).isEqualTo(2);
		assertThat(this.ledger.ofOrg(delegationId(), VIP).used()).isEqualTo(2);
	}

	@Test
	void aUnitWithoutAnAllocationOfItsOwnSharesWhatItsOrganisationHasNotPassedOn() {
		String own = this.ledger.chain(this.tree, VIP, 80, 5, 3);
		String shared = Fixtures.creditCode(UnitCategory.ENTERPRISE);

		assertThat(this.ledger.ofUnit(shared, subId(), VIP)).isEqualTo(new QuotaView.Usage(5, 0, 3, 0, true));
		this.quotas.reserve(person(shared, 1), VIP, shared, subId());
		Reservation second = this.quotas.reserve(person(shared, 2), VIP, shared, subId());

		assertThat(second.fromUnitAllocation()).isFalse();
		assertThatThrownBy(() -> this.quotas.reserve(person(shared, 3), VIP, shared, subId())).isInstanceOfSatisfying(
				QuotaExceededException.class,
				(ex) -> assertThat(ex.getMessage()).isEqualTo("VIP 5/5 at " + this.tree.sub().getNameZh()));
		this.quotas.reserve(person(own, 1), VIP, own, subId());
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(new QuotaView.Usage(5, 3, 3, 2, false));
	}

	@Test
	void anOrganisationWithoutAnyQuotaRefusesWithZeroOfZero() {
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);

		assertThatThrownBy(() -> this.quotas.reserve(person(code, 1), STAFF, code, subId())).isInstanceOfSatisfying(
				QuotaExceededException.class,
				(ex) -> assertThat(ex.getMessage()).isEqualTo("STAFF 0/0 at " + this.tree.sub().getNameZh()));
	}

	@Test
	void releasingFreesAtEveryLevelAndReleasingAgainChangesNothing() {
		String code = this.ledger.chain(this.tree, VIP, 80, 20, 1);
		this.quotas.reserve(person(code, 1), VIP, code, subId());

		assertThat(this.quotas.release(person(code, 1))).isTrue();
		assertThat(this.quotas.release(person(code, 1))).isFalse();
		assertThat(this.quotas.release("nobody-" + code)).isFalse();

		assertThat(this.quotas.reservation(person(code, 1))).isEmpty();
		assertThat(this.ledger.ofUnit(code, subId(), VIP).used()).isZero();
		assertThat(this.ledger.ofOrg(subId(), VIP).used()).isZero();
		assertThat(this.ledger.ofOrg(delegationId(), VIP).used()).isZero();
		this.quotas.reserve(person(code, 2), VIP, code, subId());
		assertThat(this.ledger.ofUnit(code, subId(), VIP).label()).isEqualTo("1/1");
	}

	@Test
	void anUpgradeMovesThePersonFromStaffToVip() {
		String code = this.ledger.chain(this.tree, STAFF, 10, 5, 2);
		this.ledger.delegation(this.tree, VIP, 10);
		this.ledger.sub(this.tree, VIP, 5);
		this.ledger.unitOfSub(this.tree, code, VIP, 1);
		this.quotas.reserve(person(code, 1), STAFF, code, subId());

		Reservation upgraded = this.quotas.upgrade(person(code, 1), VIP, code, subId(), null);

		assertThat(upgraded.type()).isEqualTo(VIP);
		assertThat(this.quotas.reservation(person(code, 1)).orElseThrow().type()).isEqualTo(VIP);
		assertThat(this.ledger.ofUnit(code, subId(), STAFF).used()).isZero();
		assertThat(this.ledger.ofOrg(subId(), STAFF).used()).isZero();
		assertThat(this.ledger.ofOrg(delegationId(), STAFF).used()).isZero();
		assertThat(this.ledger.ofUnit(code, subId(), VIP).label()).isEqualTo("1/1");
		assertThat(this.ledger.ofOrg(delegationId(), VIP).used()).isEqualTo(1);
	}

	@Test
	void anUpgradeBeyondTheNewQuotaKeepsTheOldBadge() {
		String code = this.ledger.chain(this.tree, STAFF, 10, 5, 2);
		this.ledger.delegation(this.tree, VIP, 10);
		this.ledger.sub(this.tree, VIP, 5);
		this.ledger.unitOfSub(this.tree, code, VIP, 1);
		this.quotas.reserve(person(code, 1), STAFF, code, subId());
		this.quotas.reserve(person(code, 2), VIP, code, subId());

		assertThatThrownBy(() -> this.quotas.upgrade(person(code, 1), VIP, code, subId(), null))
			.isInstanceOf(QuotaExceededException.class);

		assertThat(this.quotas.reservation(person(code, 1)).orElseThrow().type()).isEqualTo(STAFF);
		assertThat(this.ledger.ofUnit(code, subId(), STAFF).used()).isEqualTo(1);
		assertThat(this.ledger.ofOrg(delegationId(), STAFF).used()).isEqualTo(1);
		assertThat(this.ledger.ofOrg(delegationId(), VIP).used()).isEqualTo(1);
	}

	@Test
	void aVisitorIsUpgradedOnTheQuotaOfTheDelegationDoingIt() {
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		this.ledger.delegation(this.tree, VIP, 3);
		this.ledger.sub(this.tree, VIP, 2);

		Reservation upgraded = this.quotas.upgrade(person(code, 1), VIP, code, subId(), delegationId());

		assertThat(upgraded.fromUnitAllocation()).isFalse();
		assertThat(this.ledger.ofOrg(delegationId(), VIP)).isEqualTo(new QuotaView.Usage(3, 1, 2, 1, false));
		assertThat(this.ledger.ofOrg(subId(), VIP).used()).as("charged above the sub-delegation").isZero();
		assertThatThrownBy(() -> this.quotas.upgrade(person(code, 2), VIP, code, subId(), delegationId()))
			.isInstanceOfSatisfying(QuotaExceededException.class,
					(ex) -> assertThat(ex.getMessage()).isEqualTo("VIP 3/3 at " + this.tree.delegation().getNameZh()));
		assertThatThrownBy(() -> this.quotas.upgrade(person(code, 2), VIP, code, subId(), this.tree.other().getId()))
			.as("only an organisation above the unit pays for its upgrades")
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anUpgradeMustGoUp() {
		String code = this.ledger.chain(this.tree, VIP, 10, 5, 2);
		this.quotas.reserve(person(code, 1), VIP, code, subId());

		assertThatThrownBy(() -> this.quotas.upgrade(person(code, 1), STAFF, code, subId(), null))
			.isInstanceOfSatisfying(QuotaException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("quota.notAnUpgrade"));
		assertThatThrownBy(() -> this.quotas.upgrade(person(code, 1), VIP, code, subId(), null))
			.isInstanceOf(QuotaException.class);
		assertThatThrownBy(() -> this.quotas.upgrade(person(code, 1), VISITOR, code, subId(), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.ledger.ofUnit(code, subId(), VIP).used()).isEqualTo(1);
	}

	@Test
	void aVisitorBadgeHasNoQuotaAndBadArgumentsAreProgrammingErrors() {
		String code = this.ledger.chain(this.tree, VIP, 10, 5, 2);

		assertThatThrownBy(() -> this.quotas.reserve(person(code, 1), VISITOR, code, subId()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.quotas.reserve(" ", VIP, code, subId()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.quotas.reserve(person(code, 1), VIP, "not-a-code", subId()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.quotas.reserve(person(code, 1), VIP, code, this.tree.organiser().getId()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.ledger.ofUnit(code, subId(), VIP).used()).isZero();
	}

	private static String person(String code, int n) {
		return "person:" + code + ":" + n;
	}

	private Long delegationId() {
		return this.tree.delegation().getId();
	}

	private Long subId() {
		return this.tree.sub().getId();
	}

}
