package org.fairflow.portal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.fairflow.portal.engine.EngineReadyEvent;
import org.fairflow.portal.exhibitor.InvitationCodes;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo inviting organisations for the default profile only: a trade body below the
 * organiser (文化服务组展机构, login {@code culture}) and twenty unused invitation codes each for
 * it and the organiser, valid to the fair's last day. Added once, also to a demo database
 * from before flow 4; no demo unit is an exhibitor, so the walk through the README
 * registers one.
 */
@Component
@Profile("default")
class DemoExhibitors {

	static final String TRADE_BODY_CODE = "TB-CULTURE";

	static final String TRADE_BODY_LOGIN = "culture";

	private static final int CODES = 20;

	private static final Logger log = LoggerFactory.getLogger(DemoExhibitors.class);

	private final Organisations organisations;

	private final Accounts accounts;

	private final InvitationCodes codes;

	private final LocalDate fairEnd;

	private final ZoneId zone;

	DemoExhibitors(Organisations organisations, Accounts accounts, InvitationCodes codes,
			@Value("${fairflow.fair.entry-to}") LocalDate fairEnd,
			@Value("${fairflow.fair.zone:Asia/Shanghai}") ZoneId zone) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.codes = codes;
		this.fairEnd = fairEnd;
		this.zone = zone;
	}

	/** After DemoData (order 100), which makes the organiser this hangs below. */
	@EventListener(EngineReadyEvent.class)
	@Order(120)
	void load() {
		if (!this.accounts.exists("organiser") || this.accounts.exists(TRADE_BODY_LOGIN)) {
			return;
		}
		PortalUser organiser = (PortalUser) this.accounts.loadUserByUsername("organiser");
		Organisation tradeBody = this.organisations.create(TRADE_BODY_CODE, "文化服务组展机构",
				"Culture services exhibition agency", OrganisationKind.TRADE_BODY, organiser.organisationId());
		this.accounts.create(TRADE_BODY_LOGIN, DemoData.PASSWORD, Role.EXHIBITION_REVIEWER, "文化服务组展机构审核员",
				tradeBody.getId(), null);
		Instant expiresAt = expiry();
		this.codes.issue(tradeBody.getId(), CODES, expiresAt, "演示批次 / Demo batch", TRADE_BODY_LOGIN);
		this.codes.issue(organiser.organisationId(), CODES, expiresAt, "演示批次 / Demo batch", "organiser");
		log.info("Demo data: trade body {} (account {}) and {} invitation codes each for it and the organiser",
				TRADE_BODY_CODE, TRADE_BODY_LOGIN, CODES);
	}

	/**
	 * The fair's last day; when that is past or more than a year ahead (a demo started in
	 * another year), three months from today, so that the demo codes work.
	 */
	private Instant expiry() {
		LocalDate today = LocalDate.now(this.zone);
		boolean usable = !this.fairEnd.isBefore(today) && !this.fairEnd.isAfter(today.plusYears(1));
		return this.codes.endOfDay(usable ? this.fairEnd : today.plusMonths(3));
	}

}
