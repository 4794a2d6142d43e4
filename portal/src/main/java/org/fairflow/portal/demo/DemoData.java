package org.fairflow.portal.demo;

import org.fairflow.portal.engine.EngineReadyEvent;
import java.util.Map;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.quota.AllocationTarget;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo data for the default profile only: a delegation tree, one account per role and a
 * few units in different states, registered through the real flow. Never runs with a
 * named profile.
 */
@Component
@Profile("default")
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String PASSWORD = "demo1234";

	private final Organisations organisations;

	private final Accounts accounts;

	private final DemoUnits units;

	private final Quotas quotas;

	DemoData(Organisations organisations, Accounts accounts, DemoUnits units, Quotas quotas) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.units = units;
		this.quotas = quotas;
	}

	/**
	 * Staff and VIP quotas down the tree, as each level would give them through /quotas,
	 * including one for a unit that has not registered yet.
	 */
	private void allocateQuotas(Organisation shanghai, Organisation pudong, Organisation xuhui, Organisation jiangsu) {
		PortalUser organiser = user("organiser");
		this.quotas.allocate(organiser, AllocationTarget.organisation(shanghai.getId()),
				Map.of(BadgeType.STAFF, 200, BadgeType.VIP, 80));
		this.quotas.allocate(organiser, AllocationTarget.organisation(jiangsu.getId()),
				Map.of(BadgeType.STAFF, 100, BadgeType.VIP, 40));
		PortalUser shanghaiReviewer = user("shanghai");
		this.quotas.allocate(shanghaiReviewer, AllocationTarget.organisation(pudong.getId()),
				Map.of(BadgeType.STAFF, 60, BadgeType.VIP, 20));
		this.quotas.allocate(shanghaiReviewer, AllocationTarget.organisation(xuhui.getId()),
				Map.of(BadgeType.STAFF, 40, BadgeType.VIP, 10));
		PortalUser pudongReviewer = user("pudong");
		this.quotas.allocate(pudongReviewer, AllocationTarget.unit(pudong.getId(), DemoUnits.ENTERPRISE),
				Map.of(BadgeType.STAFF, 10, BadgeType.VIP, 2));
		this.quotas.allocate(pudongReviewer, AllocationTarget.unit(pudong.getId(), DemoUnits.NOT_YET_REGISTERED),
				Map.of(BadgeType.STAFF, 5, BadgeType.VIP, 1));
	}

	private PortalUser user(String username) {
		return (PortalUser) this.accounts.loadUserByUsername(username);
	}

	/** After the models are deployed: the demo units start real cases. */
	@EventListener(EngineReadyEvent.class)
	@Order(100)
	void load() {
		if (!this.organisations.isEmpty()) {
			return;
		}
		Organisation organiser = this.organisations.create("ORGANISER", "组委会", "Organising committee",
				OrganisationKind.ORGANISER, null);
		Organisation shanghai = this.organisations.create("SH", "上海交易团", "Shanghai delegation",
				OrganisationKind.DELEGATION, organiser.getId());
		Organisation pudong = this.organisations.create("SH-PD", "浦东新区交易分团", "Pudong sub-delegation",
				OrganisationKind.SUB_DELEGATION, shanghai.getId());
		Organisation xuhui = this.organisations.create("SH-XH", "徐汇区交易分团", "Xuhui sub-delegation",
				OrganisationKind.SUB_DELEGATION, shanghai.getId());
		Organisation jiangsu = this.organisations.create("JS", "江苏交易团", "Jiangsu delegation",
				OrganisationKind.DELEGATION, organiser.getId());
		// Demo mobiles (the test range 13800138xxx) for unified-payment verification
		// codes.
		this.organisations.registerMobile(shanghai.getId(), "13800138001");
		this.organisations.registerMobile(jiangsu.getId(), "13800138002");
		this.accounts.create("organiser", PASSWORD, Role.ORGANISER, "组委会审核员", organiser.getId(), null);
		this.accounts.create("shanghai", PASSWORD, Role.DELEGATION_REVIEWER, "上海交易团审核员", shanghai.getId(), null);
		this.accounts.create("pudong", PASSWORD, Role.SUB_DELEGATION_REVIEWER, "浦东分团审核员", pudong.getId(), null);
		this.accounts.create("xuhui", PASSWORD, Role.SUB_DELEGATION_REVIEWER, "徐汇分团审核员", xuhui.getId(), null);
		this.accounts.create("jiangsu", PASSWORD, Role.DELEGATION_REVIEWER, "江苏交易团审核员", jiangsu.getId(), null);
		this.accounts.create("finance", PASSWORD, Role.FINANCE, "组委会财务", organiser.getId(), null);
		this.accounts.create("owner", PASSWORD, Role.PROCESS_OWNER, "流程负责人", null, null);
		this.units.register(pudong, jiangsu);
		allocateQuotas(shanghai, pudong, xuhui, jiangsu);
		log.info(
				"Demo data loaded: accounts organiser, shanghai, pudong, xuhui, jiangsu, finance, owner and demo units, "
						+ "password {}",
				"(see README)");
	}

}
