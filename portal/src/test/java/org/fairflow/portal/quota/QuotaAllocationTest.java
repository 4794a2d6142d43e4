package org.fairflow.portal.quota;

import java.util.Locale;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.support.PortalTest;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fairflow.portal.quota.BadgeType.STAFF;
import static org.fairflow.portal.quota.BadgeType.VIP;

/**
 * Allocation rules: the organiser gives delegations, a delegation passes parts on, never
 * more than it holds, and never lowers below what is used or passed on.
 */
@PortalTest
class QuotaAllocationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Quotas quotas;

	@Autowired
	QuotaBoards boards;

	@Autowired
	MessageSource messages;

	LedgerFixtures ledger;

	Fixtures.Tree tree;

	@BeforeEach
	void tree() {
		this.ledger = new LedgerFixtures(this.fixtures, this.accounts, this.quotas);
		this.tree = this.fixtures.tree();
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theOrganiserGivesADelegationWhichPassesPartsOnToItsSubDelegationAndUnits() {
		this.quotas.allocate(this.ledger.organiser(this.tree), AllocationTarget.organisation(delegationId()),
				LedgerFixtures.amounts(90, 80));
		this.quotas.allocate(this.ledger.delegationReviewer(this.tree), AllocationTarget.organisation(subId()),
				LedgerFixtures.amounts(30, 20));
		String direct = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		this.quotas.allocate(this.ledger.delegationReviewer(this.tree), AllocationTarget.unit(delegationId(), direct),
				VIP, 10);
		String underSub = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		this.ledger.unitOfSub(this.tree, underSub, VIP, 5);

		assertThat(this.ledger.ofOrg(delegationId(), VIP)).isEqualTo(new QuotaView.Usage(80, 0, 30, 0, false));
		assertThat(this.ledger.ofOrg(delegationId(), VIP).free()).isEqualTo(50);
		assertThat(this.ledger.ofOrg(delegationId(), STAFF)).isEqualTo(new QuotaView.Usage(90, 0, 30, 0, false));
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(new QuotaView.Usage(20, 0, 5, 0, false));
		assertThat(this.ledger.ofUnit(direct, delegationId(), VIP)).isEqualTo(new QuotaView.Usage(10, 0, 0, 0, false));
		assertThat(this.ledger.ofUnit(underSub, subId(), VIP).label()).isEqualTo("0/5");
	}

	@Test
	void allocatingMoreThanTheParentHasLeftIsRefusedAndChangesNothing() {
		this.ledger.delegation(this.tree, VIP, 80);
		this.ledger.sub(this.tree, VIP, 60);
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);

		assertRefused(
				() -> this.quotas.allocate(this.ledger.delegationReviewer(this.tree),
						AllocationTarget.unit(delegationId(), code), VIP, 21),
				"quota.exceedsParent", "“交易团" + number() + "”的VIP额度只剩 20 可分配（共 80），不能再分配 21。");
		assertRefused(() -> this.ledger.sub(this.tree, VIP, 81), "quota.exceedsParent");
		assertRefused(() -> this.ledger.unitOfSub(this.tree, code, VIP, 61), "quota.exceedsParent");
		assertRefused(() -> this.ledger.sub(this.tree, STAFF, 1), "quota.exceedsParent");

		this.quotas.allocate(this.ledger.delegationReviewer(this.tree), AllocationTarget.unit(delegationId(), code),
				VIP, 20);
		assertThat(this.ledger.ofOrg(delegationId(), VIP)).isEqualTo(new QuotaView.Usage(80, 0, 80, 0, false));
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(new QuotaView.Usage(60, 0, 0, 0, false));
		assertRefused(() -> this.ledger.sub(this.tree, VIP, 61), "quota.exceedsParent");
	}

	@Test
	void loweringBelowWhatIsUsedOrPassedOnIsRefusedAndLoweringToItIsAllowed() {
		String code = this.ledger.chain(this.tree, VIP, 80, 20, 5);
		this.quotas.reserve("p-" + code + "-1", VIP, code, subId());
		this.quotas.reserve("p-" + code + "-2", VIP, code, subId());
		String shared = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		this.quotas.reserve("p-" + shared, VIP, shared, subId());

		assertRefused(() -> this.ledger.unitOfSub(this.tree, code, VIP, 1), "quota.belowUsed",
				"“" + code + "”的VIP额度不能调为 1：已使用 2，已分配给下级 0，最少为 2。");
		assertRefused(() -> this.ledger.sub(this.tree, VIP, 5), "quota.belowUsed",
				"“交易分团" + number() + "”的VIP额度不能调为 5：已使用 3，已分配给下级 5，最少为 6。");
		assertRefused(() -> this.ledger.delegation(this.tree, VIP, 19), "quota.belowUsed");

		this.ledger.unitOfSub(this.tree, code, VIP, 2);
		this.ledger.sub(this.tree, VIP, 3);
		this.ledger.delegation(this.tree, VIP, 3);
		assertThat(this.ledger.ofOrg(delegationId(), VIP)).isEqualTo(new QuotaView.Usage(3, 3, 3, 0, false));
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(new QuotaView.Usage(3, 3, 2, 1, false));
		assertThat(this.ledger.ofUnit(code, subId(), VIP)).isEqualTo(new QuotaView.Usage(2, 2, 0, 2, false));
	}

	@Test
	void bothBadgeTypesChangeTogetherOrNotAtAll() {
		this.ledger.delegation(this.tree, STAFF, 10);
		this.ledger.delegation(this.tree, VIP, 10);

		assertRefused(() -> this.quotas.allocate(this.ledger.delegationReviewer(this.tree),
				AllocationTarget.organisation(subId()), LedgerFixtures.amounts(5, 11)), "quota.exceedsParent");

		assertThat(this.ledger.ofOrg(subId(), STAFF)).isEqualTo(QuotaView.Usage.NONE);
		assertThat(this.ledger.ofOrg(delegationId(), STAFF).onward()).isZero();
	}

	@Test
	void aUnitAllocationMadeBeforeItRegistersAppliesOnceItRegistersThere() {
		this.ledger.delegation(this.tree, VIP, 80);
		this.ledger.sub(this.tree, VIP, 20);
		RegistrationForm form = Fixtures.form(UnitCategory.ENTERPRISE, this.tree.sub());
		String code = CreditCode.normalise(form.getCreditCode());
		this.ledger.unitOfSub(this.tree, code.toLowerCase(Locale.ROOT), VIP, 5);

		assertThat(unitRow(code).registration()).isEqualTo(QuotaBoards.Registration.NOT_REGISTERED);
		assertThat(unitRow(code).unit()).isNull();

		this.fixtures.register(form);

		QuotaBoards.UnitRow row = unitRow(code);
		assertThat(row.registration()).as("registered here, reviewed or not yet")
			.isIn(QuotaBoards.Registration.HERE, QuotaBoards.Registration.HERE_IN_REVIEW);
		assertThat(row.unit().nameZh()).isEqualTo(form.getNameZh());
		assertThat(row.vip().label()).isEqualTo("0/5");
		Reservation reservation = this.quotas.reserve("person-" + code, VIP, code, subId());
		assertThat(reservation.fromUnitAllocation()).isTrue();
		assertThat(this.ledger.ofUnit(code, subId(), VIP).label()).isEqualTo("1/5");
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(new QuotaView.Usage(20, 1, 5, 0, false));
	}

	@Test
	void aUnitAllocationDoesNotApplyWhileTheUnitIsRegisteredElsewhere() {
		this.ledger.delegation(this.tree, VIP, 80);
		this.ledger.sub(this.tree, VIP, 20);
		RegistrationForm form = Fixtures.form(UnitCategory.ENTERPRISE, this.tree.delegation());
		String code = CreditCode.normalise(form.getCreditCode());
		this.ledger.unitOfSub(this.tree, code, VIP, 5);
		this.fixtures.register(form);

		assertThat(unitRow(code).registration()).isEqualTo(QuotaBoards.Registration.ELSEWHERE);
		assertThat(this.ledger.ofUnit(code, delegationId(), VIP).shared()).isTrue();
		Reservation reservation = this.quotas.reserve("person-" + code, VIP, code, delegationId());

		assertThat(reservation.fromUnitAllocation()).isFalse();
		assertThat(this.ledger.ofUnit(code, subId(), VIP).label()).isEqualTo("0/5");
		assertThat(this.ledger.ofOrg(delegationId(), VIP)).isEqualTo(new QuotaView.Usage(80, 1, 20, 1, false));
	}

	@Test
	void aUnitRegisteredToTheOrganisationWithoutAnAllocationIsListedToAllocateTo() {
		RegistrationForm form = Fixtures.form(UnitCategory.ENTERPRISE, this.tree.sub());
		this.fixtures.register(form);

		QuotaBoards.UnitRow row = unitRow(CreditCode.normalise(form.getCreditCode()));
		assertThat(row.allocated()).isFalse();
		assertThat(row.registration()).as("registered here, reviewed or not yet")
			.isIn(QuotaBoards.Registration.HERE, QuotaBoards.Registration.HERE_IN_REVIEW);
		assertThat(row.vip()).as("none of its own: it shares the organisation's").isNull();
		assertThat(row.staff()).isNull();
	}

	@Test
	void aUnitHoldsOneAllocationPerTypeWhichItsGiverMustTakeBackBeforeAnotherGives() {
		this.ledger.delegation(this.tree, VIP, 80);
		this.ledger.sub(this.tree, VIP, 20);
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		this.ledger.unitOfSub(this.tree, code, VIP, 5);
		AllocationTarget fromDelegation = AllocationTarget.unit(delegationId(), code);

		assertRefused(() -> this.quotas.allocate(this.ledger.delegationReviewer(this.tree), fromDelegation, VIP, 3),
				"quota.unit.heldElsewhere");

		this.ledger.unitOfSub(this.tree, code, VIP, 0);
		assertThat(this.ledger.ofOrg(subId(), VIP).onward()).isZero();
		this.quotas.allocate(this.ledger.delegationReviewer(this.tree), fromDelegation, VIP, 3);
		assertThat(this.ledger.ofUnit(code, delegationId(), VIP)).isEqualTo(new QuotaView.Usage(3, 0, 0, 0, false));
	}

	@Test
	void onlyTheOrganiserGivesDelegationsAndReviewersOnlyGiveBelowThemselves() {
		this.ledger.delegation(this.tree, VIP, 10);
		PortalUser delegation = this.ledger.delegationReviewer(this.tree);
		PortalUser sub = this.ledger.subReviewer(this.tree);
		PortalUser other = this.fixtures.user(this.tree.otherReviewer());
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);

		assertDenied(() -> this.quotas.allocate(delegation, AllocationTarget.organisation(delegationId()), VIP, 100));
		assertDenied(() -> this.quotas.allocate(sub, AllocationTarget.organisation(subId()), VIP, 5));
		assertDenied(() -> this.quotas.allocate(sub, AllocationTarget.unit(delegationId(), code), VIP, 1));
		assertDenied(() -> this.quotas.allocate(other, AllocationTarget.organisation(subId()), VIP, 1));
		assertDenied(() -> this.quotas.allocate(other, AllocationTarget.unit(subId(), code), VIP, 1));
		assertDenied(
				() -> this.quotas.allocate(other, AllocationTarget.organisation(this.tree.other().getId()), VIP, 1));
		assertThat(this.ledger.ofOrg(delegationId(), VIP)).isEqualTo(new QuotaView.Usage(10, 0, 0, 0, false));

		this.quotas.allocate(this.ledger.organiser(this.tree), AllocationTarget.organisation(subId()), VIP, 4);
		this.quotas.allocate(delegation, AllocationTarget.unit(subId(), code), VIP, 1);
		assertThat(this.ledger.ofOrg(subId(), VIP)).isEqualTo(new QuotaView.Usage(4, 0, 1, 0, false));
	}

	@Test
	void badCreditCodesAmountsAndTargetsAreRefusedWithTheirOwnMessages() {
		this.ledger.delegation(this.tree, VIP, 10);
		PortalUser delegation = this.ledger.delegationReviewer(this.tree);
		PortalUser organiser = this.ledger.organiser(this.tree);
		String valid = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

		assertRefused(() -> this.quotas.allocate(delegation, AllocationTarget.unit(delegationId(), wrongCheck), VIP, 1),
				"quota.creditCode.CHECK_CHARACTER");
		assertRefused(() -> this.quotas.allocate(delegation, AllocationTarget.unit(delegationId(), "123"), VIP, 1),
				"quota.creditCode.LENGTH");
		assertRefused(() -> this.quotas.allocate(delegation, AllocationTarget.unit(delegationId(), " "), VIP, 1),
				"quota.creditCode.EMPTY");
		assertRefused(() -> this.quotas.allocate(delegation, AllocationTarget.unit(delegationId(), valid), VIP, -1),
				"quota.amount.invalid", "VIP的数量须为 0 到 100,000 之间的整数。");
		assertRefused(() -> this.quotas.allocate(organiser, AllocationTarget.organisation(delegationId()), VIP,
				Quotas.MAX_AMOUNT + 1), "quota.amount.invalid");
		assertRefused(() -> this.quotas.allocate(organiser,
				AllocationTarget.organisation(this.tree.organiser().getId()), VIP, 1), "quota.target.invalid");
		assertRefused(() -> this.quotas.allocate(organiser, AllocationTarget.organisation(Long.MAX_VALUE), VIP, 1),
				"quota.target.invalid");
		assertThatThrownBy(() -> this.quotas.allocate(organiser, AllocationTarget.organisation(delegationId()),
				BadgeType.VISITOR, 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.ledger.ofOrg(delegationId(), VIP)).isEqualTo(new QuotaView.Usage(10, 0, 0, 0, false));
	}

	@Test
	void previewChecksByTheSameRulesAndWritesNothing() {
		this.ledger.delegation(this.tree, VIP, 10);
		PortalUser organiser = this.ledger.organiser(this.tree);

		assertThat(this.quotas.preview(organiser, AllocationTarget.organisation(delegationId()),
				LedgerFixtures.amounts(4, 6)))
			.containsExactly(new AllocationChange(STAFF, 0, 4), new AllocationChange(VIP, 10, 6));
		assertRefused(() -> this.quotas.preview(this.ledger.delegationReviewer(this.tree),
				AllocationTarget.organisation(subId()), LedgerFixtures.amounts(0, 11)), "quota.exceedsParent");
		assertThat(this.ledger.ofOrg(delegationId(), VIP).allocated()).isEqualTo(10);
		assertThat(this.ledger.ofOrg(delegationId(), STAFF)).isEqualTo(QuotaView.Usage.NONE);
	}

	private QuotaBoards.UnitRow unitRow(String code) {
		return this.boards.board(this.ledger.subReviewer(this.tree), this.tree.sub())
			.units()
			.stream()
			.filter((row) -> row.creditCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private void assertRefused(Executable action, String key) {
		assertRefused(action, key, null);
	}

	/** Refused with this message key, and (when given) exactly this Chinese text. */
	private void assertRefused(Executable action, String key, String text) {
		assertThatThrownBy(action::execute).isInstanceOfSatisfying(QuotaException.class, (ex) -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			String shown = this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE);
			assertThat(shown).doesNotContain("{");
			if (text != null) {
				assertThat(shown).isEqualTo(text);
			}
		});
	}

	private static void assertDenied(Executable action) {
		assertThatThrownBy(action::execute).isInstanceOf(AccessDeniedException.class);
	}

	private Long delegationId() {
		return this.tree.delegation().getId();
	}

	private Long subId() {
		return this.tree.sub().getId();
	}

	private String number() {
		return this.tree.delegation().getCode().substring(2);
	}

}
