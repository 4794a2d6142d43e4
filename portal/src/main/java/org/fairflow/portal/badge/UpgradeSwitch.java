package org.fairflow.portal.badge;

import java.util.Map;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches a person's rights to a higher badge type: the charged organisation's quota
 * pays for the new type, the person takes it, and the badge-review case goes its upgrade
 * path. The one way both a free upgrade and a paid one (once paid) take.
 */
@Component
class UpgradeSwitch {

	/**
	 * Where the upgrade path of badge-review starts: void the old badge, produce anew.
	 */
	static final String UPGRADE_ELEMENT = "Task_VoidBadge";

	private static final Logger log = LoggerFactory.getLogger(UpgradeSwitch.class);

	private final Quotas quotas;

	private final Cases cases;

	private final EngineGateway engine;

	UpgradeSwitch(Quotas quotas, Cases cases, EngineGateway engine) {
		this.quotas = quotas;
		this.cases = cases;
		this.engine = engine;
	}

	/**
	 * Runs in the caller's transaction, with the person row locked by the caller.
	 * @return the new round of the case
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int switchRights(Person person, RegisteredUnit unit, BadgeType to, Long chargedOrgId) {
		BadgeType from = person.getBadgeType();
		this.quotas.upgrade(BadgeApplications.quotaRef(person.getId()), to, unit.creditCode(), unit.organisationId(),
				chargedOrgId);
		person.upgradedTo(to);
		int round = this.cases.round(person.getCaseId()) + 1;
		// A new type is a new card: it is no longer the reused one.
		Map<String, Object> upgrade = Map.of("badgeType", to.name(), "round", round, "reuse", false);
		if (person.getStatus() == PersonStatus.DELIVERED) {
			// The instance has ended: the case goes on from the model's own upgrade path.
			this.cases.reopenBefore(person.getCaseId(), UPGRADE_ELEMENT, upgrade);
		}
		else {
			this.engine.publishMessage("badge-upgraded", person.getCaseId(), upgrade);
		}
		log.info("Person {} switched from {} to {} (case {}, round {})", person.getId(), from, to, person.getCaseId(),
				round);
		return round;
	}

}
