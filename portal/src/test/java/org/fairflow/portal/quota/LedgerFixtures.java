package org.fairflow.portal.quota;

import java.util.Map;

import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.UnitCategory;

/**
 * Quota set-ups made through the product's own service, by the people who may make them:
 * the organiser gives the delegation, the delegation's reviewer the sub-delegation, the
 * sub-delegation's reviewer its units.
 */
class LedgerFixtures {

	private final Fixtures fixtures;

	private final Accounts accounts;

	private final Quotas quotas;

	LedgerFixtures(Fixtures fixtures, Accounts accounts, Quotas quotas) {
		this.fixtures = fixtures;
		this.accounts = accounts;
		this.quotas = quotas;
	}

	/** The organiser's account of a tree, made on first use. */
	PortalUser organiser(Fixtures.Tree tree) {
		String username = "organiser" + tree.organiser().getId();
		if (!this.accounts.exists(username)) {
			this.accounts.create(username, Fixtures.PASSWORD, Role.ORGANISER, "组委会审核员", tree.organiser().getId(), null);
		}
		return this.fixtures.user(username);
	}

	PortalUser delegationReviewer(Fixtures.Tree tree) {
		return this.fixtures.user(tree.delegationReviewer());
	}

	PortalUser subReviewer(Fixtures.Tree tree) {
		return this.fixtures.user(tree.subReviewer());
	}

	void delegation(Fixtures.Tree tree, BadgeType type, int amount) {
		this.quotas.allocate(organiser(tree), AllocationTarget.organisation(tree.delegation().getId()), type, amount);
	}

	void sub(Fixtures.Tree tree, BadgeType type, int amount) {
		this.quotas.allocate(delegationReviewer(tree), AllocationTarget.organisation(tree.sub().getId()), type, amount);
	}

	void unitOfSub(Fixtures.Tree tree, String creditCode, BadgeType type, int amount) {
		this.quotas.allocate(subReviewer(tree), AllocationTarget.unit(tree.sub().getId(), creditCode), type, amount);
	}

	/** Delegation → sub-delegation → unit, one badge type. */
	String chain(Fixtures.Tree tree, BadgeType type, int delegation, int sub, int unit) {
		String code = Fixtures.creditCode(UnitCategory.ENTERPRISE);
		delegation(tree, type, delegation);
		sub(tree, type, sub);
		unitOfSub(tree, code, type, unit);
		return code;
	}

	QuotaView.Usage ofOrg(Long orgId, BadgeType type) {
		return this.quotas.usage(orgId).of(type);
	}

	QuotaView.Usage ofUnit(String creditCode, Long orgId, BadgeType type) {
		return this.quotas.usageForUnit(creditCode, orgId).of(type);
	}

	static Map<BadgeType, Integer> amounts(int staff, int vip) {
		return Map.of(BadgeType.STAFF, staff, BadgeType.VIP, vip);
	}

}
