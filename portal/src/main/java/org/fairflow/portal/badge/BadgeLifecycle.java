package org.fairflow.portal.badge;

import java.util.Arrays;
import java.util.Map;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.cases.CaseStatusChanged;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.cases.EventDetail;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.Quotas;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a submitted person: its status follows the process, a cancellation (注销)
 * or an upgrade is sent to the process as a message, and quota comes back when the badge
 * ends cancelled or rejected.
 */
@Service
@Transactional
public class BadgeLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BadgeLifecycle.class);

	private final PersonRepository persons;

	private final Quotas quotas;

	private final Cases cases;

	private final EngineGateway engine;

	private final UnitDirectory units;

	private final Organisations organisations;

	private final DeliveryAddressRepository addresses;

	private final UpgradeFees upgradeFees;

	private final UpgradeSwitch upgradeSwitch;

	private final PaidUpgrades paidUpgrades;

	private final AuditTrail audit;

	BadgeLifecycle(PersonRepository persons, Quotas quotas, Cases cases, EngineGateway engine, UnitDirectory units,
			Organisations organisations, DeliveryAddressRepository addresses, UpgradeFees upgradeFees,
			UpgradeSwitch upgradeSwitch, PaidUpgrades paidUpgrades, AuditTrail audit) {
		this.audit = audit;
		this.addresses = addresses;
		this.upgradeFees = upgradeFees;
		this.upgradeSwitch = upgradeSwitch;
		this.paidUpgrades = paidUpgrades;
		this.persons = persons;
		this.quotas = quotas;
		this.cases = cases;
		this.engine = engine;
		this.units = units;
		this.organisations = organisations;
	}

	/** Runs in the transaction of the process's status step, so both change together. */
	@EventListener
	void follow(CaseStatusChanged change) {
		if (!BadgeApplications.FLOW.equals(change.flow())) {
			return;
		}
		PersonStatus status = Arrays.stream(PersonStatus.values())
			.filter((s) -> s.name().equals(change.status()))
			.findFirst()
			.orElse(null);
		if (status == null) {
			log.warn("Case {} reported status {}, which persons do not have; kept the person's status", change.caseId(),
					change.status());
			return;
		}
		this.persons.findByCaseId(change.caseId()).ifPresent((person) -> {
			person.status(status);
			if (status == PersonStatus.CANCELLED || status == PersonStatus.REJECTED) {
				this.quotas.release(BadgeApplications.quotaRef(person.getId()));
			}
		});
	}

	/**
	 * Cancels (注销) a person of the unit: a draft at once; a submitted person through the
	 * process, which confirms it by the status {@code CANCELLED} unless production has
	 * started.
	 * @return true when the person is cancelled now, false when it was requested
	 */
	public boolean cancel(Long unitId, Long personId, String reason, PortalUser actor) {
		Person person = this.persons.lockByIdAndUnitId(personId, unitId).orElseThrow(PersonNotFoundException::new);
		if (!person.getStatus().cancellable()) {
			throw new PersonException(null, "badge.notCancellable");
		}
		String cleanReason = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (cleanReason != null && cleanReason.length() > 200) {
			throw new PersonException(null, "badge.cancel.reasonTooLong");
		}
		if (person.getStatus() == PersonStatus.DRAFT) {
			person.cancel();
			log.info("Unit {} cancelled draft {}", unitId, personId);
			return true;
		}
		this.cases.record(person.getCaseId(), actor.displayName(), null, "CANCEL_REQUESTED", null, cleanReason, null);
		this.engine.publishMessage("badge-cancelled", person.getCaseId(),
				Map.of("cancelReason", (cleanReason != null) ? cleanReason : ""));
		log.info("Unit {} asked to cancel person {} (case {})", unitId, personId, person.getCaseId());
		return false;
	}

	/**
	 * The organiser cancels (注销) a submitted person of its tree, with a reason. Recorded
	 * as {@code ORGANISER_CANCEL_REQUESTED}, not the unit's {@code CANCEL_REQUESTED}: a
	 * refund tells them apart ({@code CANCELLED_BY_ORGANISER} is refunded). The process
	 * confirms it as for the unit's own cancellation.
	 * @throws PersonNotFoundException when the caller is no organiser or the person is
	 * outside its tree
	 */
	public void cancelByOrganiser(PortalUser organiser, Long personId, String reason) {
		if (organiser == null || organiser.role() != Role.ORGANISER) {
			throw new PersonNotFoundException();
		}
		Person person = this.persons.findById(personId).orElseThrow(PersonNotFoundException::new);
		RegisteredUnit unit = this.units.findById(person.getUnitId()).orElseThrow(PersonNotFoundException::new);
		if (!this.organisations.subtree(organiser.organisationId()).contains(unit.organisationId())) {
			throw new PersonNotFoundException();
		}
		person = this.persons.lockByIdAndUnitId(personId, unit.id()).orElseThrow(PersonNotFoundException::new);
		// A draft is still the unit's own; the organiser cancels what was submitted.
		if (!person.getStatus().cancellable() || person.getStatus() == PersonStatus.DRAFT
				|| person.getCaseId() == null) {
			throw new PersonException(null, "badge.notCancellable");
		}
		String cleanReason = (reason == null) ? "" : reason.strip();
		if (cleanReason.isEmpty()) {
			throw new PersonException(null, "badge.organiserCancel.reasonMissing");
		}
		if (cleanReason.length() > 200) {
			throw new PersonException(null, "badge.cancel.reasonTooLong");
		}
		this.cases.record(person.getCaseId(), organiser.displayName(), null, "ORGANISER_CANCEL_REQUESTED", null,
				cleanReason, null);
		this.engine.publishMessage("badge-cancelled", person.getCaseId(), Map.of("cancelReason", cleanReason));
		log.info("Organiser {} asked to cancel person {} (case {})", organiser.getUsername(), personId,
				person.getCaseId());
		this.audit.recordBy(organiser.getUsername(), AuditCategory.DECISION, "badge.cancelledByOrganiser",
				person.getCaseId(), "person " + personId + ", reason: " + AuditTrail.excerpt(cleanReason, 120));
	}

	/**
	 * How the badge is handed over: read when the badge is produced, so it can change
	 * until then.
	 */
	public void chooseDelivery(Long unitId, Long personId, DeliveryMethod method, Long addressId) {
		Person person = this.persons.lockByIdAndUnitId(personId, unitId).orElseThrow(PersonNotFoundException::new);
		if (!person.getStatus().deliveryOpen()) {
			throw new PersonException(null, "badge.delivery.tooLate");
		}
		if (method == null) {
			throw new PersonException("deliveryMethod", "badge.delivery.method");
		}
		if (method == DeliveryMethod.COURIER
				&& (addressId == null || this.addresses.findByIdAndUnitId(addressId, unitId).isEmpty())) {
			throw new PersonException("deliveryAddressId", "badge.delivery.address");
		}
		person.deliverBy(method, addressId);
	}

	/**
	 * A delegation (or sub-delegation) upgrades a person of its subtree: its own quota
	 * pays for the new type, the process voids the old badge and produces a new one. The
	 * fee comes from the DMN {@code badge-upgrade-fee}; a free upgrade records it with
	 * its reason in the case history and switches at once. An upgrade with a fee takes
	 * the quota the same way but waits for the unit to pay ({@link PaidUpgrades}): the
	 * rights switch when the payment item is paid.
	 * @return the fee (0 when switched now) and the model's reason
	 * @throws PersonNotFoundException when the person is not in the reviewer's subtree
	 */
	UpgradeFees.UpgradeFee upgrade(PortalUser reviewer, Long personId, BadgeType to) {
		if (reviewer.role() != Role.DELEGATION_REVIEWER && reviewer.role() != Role.SUB_DELEGATION_REVIEWER) {
			throw new PersonNotFoundException();
		}
		Person person = this.persons.findById(personId).orElseThrow(PersonNotFoundException::new);
		RegisteredUnit unit = this.units.findById(person.getUnitId()).orElseThrow(PersonNotFoundException::new);
		if (!this.organisations.subtree(reviewer.organisationId()).contains(unit.organisationId())) {
			throw new PersonNotFoundException();
		}
		person = this.persons.lockByIdAndUnitId(personId, unit.id()).orElseThrow(PersonNotFoundException::new);
		if (!person.getStatus().upgradable()) {
			throw new PersonException(null, "badge.upgrade.notNow");
		}
		if (to == null || to.ordinal() <= person.getBadgeType().ordinal()) {
			throw new PersonException(null, "badge.upgrade.notHigher");
		}
		this.paidUpgrades.refuseWhilePending(person);
		UpgradeFees.UpgradeFee fee = this.upgradeFees.of(unit, person.getId(), to);
		if (!fee.free()) {
			this.paidUpgrades.request(reviewer, person, unit, to, fee);
			return fee;
		}
		BadgeType from = person.getBadgeType();
		// Codes, named in the reader's language by the history fragment.
		this.cases.recordWithDetail(person.getCaseId(), reviewer.displayName(), null, "UPGRADE_REQUESTED", null,
				EventDetail.codes(from, to), null);
		this.cases.recordWithDetail(person.getCaseId(), reviewer.displayName(), null, "UPGRADE_FEE", fee.reason(),
				EventDetail.names(fee.fee().toPlainString() + " 元", fee.fee().toPlainString() + " yuan"), null);
		int round = this.upgradeSwitch.switchRights(person, unit, to, reviewer.organisationId());
		log.info("{} upgraded person {} from {} to {} (case {}, round {})", reviewer.getUsername(), personId, from, to,
				person.getCaseId(), round);
		return fee;
	}

}
