package org.fairflow.portal.exhibitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.support.Fixtures;
import org.fairflow.portal.unit.RegistrationForm;
import org.fairflow.portal.unit.UnitCategory;
import org.fairflow.workers.registry.CreditCode;

/**
 * Inviting organisations, their reviewers, codes and units of a test's own: names are
 * unique, so tests on the shared schema never see each other's rows.
 */
class InviterFixtures {

	private final Fixtures fixtures;

	private final Organisations organisations;

	private final Accounts accounts;

	private final InvitationCodes codes;

	InviterFixtures(Fixtures fixtures, Organisations organisations, Accounts accounts, InvitationCodes codes) {
		this.fixtures = fixtures;
		this.organisations = organisations;
		this.accounts = accounts;
		this.codes = codes;
	}

	/** A trade body below the tree's organiser. */
	Organisation tradeBody(Fixtures.Tree tree) {
		String n = unique();
		return this.organisations.create("TB-" + n, "组展机构" + n, "Trade body " + n, OrganisationKind.TRADE_BODY,
				tree.organiser().getId());
	}

	/** An exhibition reviewer of the organisation. */
	PortalUser reviewer(Organisation org) {
		String username = "exr" + unique();
		this.accounts.create(username, Fixtures.PASSWORD, Role.EXHIBITION_REVIEWER, "审核员" + username, org.getId(),
				null);
		return this.fixtures.user(username);
	}

	/** Unused codes of the organisation, valid for a month. */
	List<InvitationCode> codes(Organisation org, int count) {
		return this.codes.issue(org.getId(), count, validForAMonth(), null, "test");
	}

	Instant validForAMonth() {
		return this.codes.endOfDay(LocalDate.now().plusMonths(1));
	}

	/** A freshly registered unit's account (the unit is under review: it may exhibit). */
	PortalUser unit(Fixtures.Tree tree) {
		RegistrationForm form = Fixtures.form(UnitCategory.ENTERPRISE, tree.sub());
		this.fixtures.register(form);
		return this.fixtures.user(CreditCode.normalise(form.getCreditCode()));
	}

	static ExhibitorRegistration registration(String code) {
		return new ExhibitorRegistration(code, Participation.ONLINE_OFFLINE, "王展", "市场部经理", "+8613912345678",
				"expo@example.com", List.of("PARTNERS", "TRADE"), "数字文化服务", "寻找渠道合作伙伴");
	}

	private static String unique() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

}
