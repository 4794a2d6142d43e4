package org.fairflow.portal.badge;

import java.util.Optional;

import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.EventDetail;
import org.fairflow.portal.payment.Payments;
import org.fairflow.portal.payment.UpgradePaid;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upgrades with a fee (the mining congress's VIP for non-members): the new type's quota
 * is taken at once (held under {@code upgrade:<person>}, so a withdrawal gives back
 * exactly it while the old badge keeps its own), the unit owes a payment item (purpose
 * UPGRADE), and the rights switch only when payment publishes {@link UpgradePaid}: the
 * same path as a free upgrade, exactly once.
 */
@Service
@Transactional
class PaidUpgrades {

	private static final Logger log = LoggerFactory.getLogger(PaidUpgrades.class);

	private final BadgeUpgradeRepository upgrades;

	private final PersonRepository persons;

	private final UnitDirectory units;

	private final Quotas quotas;

	private final Payments payments;

	private final Cases cases;

	private final UpgradeSwitch upgradeSwitch;

	PaidUpgrades(BadgeUpgradeRepository upgrades, PersonRepository persons, UnitDirectory units, Quotas quotas,
			Payments payments, Cases cases, UpgradeSwitch upgradeSwitch) {
		this.upgrades = upgrades;
		this.persons = persons;
		this.units = units;
		this.quotas = quotas;
		this.payments = payments;
		this.cases = cases;
		this.upgradeSwitch = upgradeSwitch;
	}

	/** The quota key a pending upgrade holds the new type under. */
	static String quotaRef(Long personId) {
		return "upgrade:" + personId;
	}

	/** The person's upgrade waiting for payment, if any. */
	@Transactional(readOnly = true)
	Optional<BadgeUpgrade> pending(Long personId) {
		return this.upgrades.findFirstByPersonIdAndStatus(personId, BadgeUpgrade.Status.PENDING);
	}

	/** One upgrade at a time: a second one waits until the first is paid or withdrawn. */
	void refuseWhilePending(Person person) {
		if (pending(person.getId()).isPresent()) {
			throw new PersonException(null, "badge.upgrade.pendingAlready");
		}
	}

	/**
	 * Takes the new type's quota (charged to the reviewer's organisation, as a free
	 * upgrade is) and makes the unit owe the fee. The person row is locked by the caller.
	 */
	BadgeUpgrade request(PortalUser reviewer, Person person, RegisteredUnit unit, BadgeType to,
			UpgradeFees.UpgradeFee fee) {
		// A case owes one upgrade item: once one was paid, another paid upgrade of the
		// same case cannot be charged (only a model with fees below VIP would ask).
		if (this.payments.upgradeOf(person.getCaseId())
			.map((i) -> "PAID".equals(i.status()) || "REFUNDABLE".equals(i.status()))
			.orElse(false)) {
			throw new PersonException(null, "badge.upgrade.paidBefore");
		}
		this.quotas.upgrade(quotaRef(person.getId()), to, unit.creditCode(), unit.organisationId(),
				reviewer.organisationId());
		Payments.UpgradeItem item = this.payments.requestUpgrade(person.getCaseId(), person.getId(), person.getNameZh(),
				unit.id(), fee.fee(), to.name());
		BadgeUpgrade upgrade = this.upgrades
			.save(new BadgeUpgrade(person.getId(), person.getCaseId(), person.getBadgeType(), to, fee.fee(),
					fee.reason(), item.itemId(), reviewer.organisationId(), reviewer.getUsername()));
		this.cases.recordWithDetail(person.getCaseId(), reviewer.displayName(), null, "UPGRADE_REQUESTED", null,
				EventDetail.codes(person.getBadgeType(), to), null);
		this.cases.recordWithDetail(person.getCaseId(), reviewer.displayName(), null, "UPGRADE_FEE", fee.reason(),
				EventDetail.names(fee.fee().toPlainString() + " 元", fee.fee().toPlainString() + " yuan"), null);
		log.info("{} asked to upgrade person {} to {}: fee {} due (item {}), waiting for payment",
				reviewer.getUsername(), person.getId(), to, fee.fee(), item.itemId());
		return upgrade;
	}

	/**
	 * The fee is paid: the rights switch, once. A repeated event, or one for an upgrade
	 * withdrawn or switched meanwhile, changes nothing.
	 */
	@EventListener
	void paid(UpgradePaid event) {
		BadgeUpgrade found = this.upgrades.findFirstByPaymentItemIdOrderByIdDesc(event.itemId()).orElse(null);
		if (found == null) {
			log.warn("Upgrade item {} of case {} was paid, but no upgrade asked for it", event.itemId(),
					event.caseId());
			return;
		}
		Person person = this.persons.findById(found.getPersonId()).orElse(null);
		if (person == null) {
			return;
		}
		// Locked, then read again: two notices of the same payment switch once.
		person = this.persons.lockByIdAndUnitId(person.getId(), person.getUnitId()).orElseThrow();
		BadgeUpgrade upgrade = this.upgrades.findFirstByPersonIdAndStatus(person.getId(), BadgeUpgrade.Status.PENDING)
			.filter((u) -> u.getId().equals(found.getId()))
			.orElse(null);
		if (upgrade == null) {
			log.info("Upgrade {} of person {} is {} already; the payment notice changes nothing", found.getId(),
					found.getPersonId(), found.getStatus());
			return;
		}
		if (!person.getStatus().upgradable() || upgrade.getToType().ordinal() <= person.getBadgeType().ordinal()) {
			// Kept pending: the rights cannot switch now; the paid item stays with
			// finance.
			log.warn("Upgrade {} of person {} was paid while the person is {} ({}); not switched", upgrade.getId(),
					person.getId(), person.getStatus(), person.getBadgeType());
			return;
		}
		RegisteredUnit unit = this.units.findById(person.getUnitId()).orElseThrow();
		// The held quota becomes the person's own: one freed, one taken, in this
		// transaction.
		this.quotas.release(quotaRef(person.getId()));
		this.upgradeSwitch.switchRights(person, unit, upgrade.getToType(), upgrade.getChargedOrgId());
		upgrade.settle(BadgeUpgrade.Status.SWITCHED);
		this.cases.recordWithDetail(person.getCaseId(), Cases.SYSTEM, null, "UPGRADE_PAID", upgrade.getReason(),
				EventDetail.names(upgrade.getFee().toPlainString() + " 元", upgrade.getFee().toPlainString() + " yuan"),
				"upgrade-paid/" + upgrade.getId());
		log.info("Upgrade {} of person {} paid (item {}): switched to {}", upgrade.getId(), person.getId(),
				event.itemId(), upgrade.getToType());
	}

	/**
	 * The unit withdraws its pending upgrade: the open item is withdrawn and the held
	 * quota given back.
	 * @throws PersonException when nothing waits, or the fee is paid or being checked
	 */
	void withdraw(Long unitId, Long personId, PortalUser actor) {
		Person person = this.persons.lockByIdAndUnitId(personId, unitId).orElseThrow(PersonNotFoundException::new);
		BadgeUpgrade upgrade = pending(person.getId())
			.orElseThrow(() -> new PersonException(null, "badge.upgrade.nothingPending"));
		switch (this.payments.withdrawUpgrade(person.getCaseId())) {
			case PAID -> throw new PersonException(null, "badge.upgrade.alreadyPaid");
			case UNDER_TRANSFER -> throw new PersonException(null, "badge.upgrade.underTransfer");
			default -> {
			}
		}
		end(upgrade, actor.displayName());
	}

	/** A badge that ends cancelled or rejected takes its pending upgrade with it. */
	@EventListener
	void caseEnded(CaseStatusChanged change) {
		if (BadgeApplications.FLOW.equals(change.flow())
				&& ("CANCELLED".equals(change.status()) || "REJECTED".equals(change.status()))) {
			this.upgrades.findFirstByCaseIdAndStatus(change.caseId(), BadgeUpgrade.Status.PENDING)
				.ifPresent((upgrade) -> end(upgrade, Cases.SYSTEM));
		}
	}

	private void end(BadgeUpgrade upgrade, String actor) {
		this.quotas.release(quotaRef(upgrade.getPersonId()));
		upgrade.settle(BadgeUpgrade.Status.WITHDRAWN);
		this.cases.record(upgrade.getCaseId(), actor, null, "UPGRADE_WITHDRAWN", null, null, null);
		log.info("Upgrade {} of person {} withdrawn", upgrade.getId(), upgrade.getPersonId());
	}

}
