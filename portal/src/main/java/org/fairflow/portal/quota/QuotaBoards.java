package org.fairflow.portal.quota;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.quota.QuotaView.Usage;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the quota pages show: holders with "used / allocated" per badge type. */
@Component
@Transactional(readOnly = true)
class QuotaBoards {

	private final QuotaLedger ledger;

	private final Organisations organisations;

	private final UnitDirectory units;

	private final Quotas quotas;

	QuotaBoards(QuotaLedger ledger, Organisations organisations, UnitDirectory units, Quotas quotas) {
		this.ledger = ledger;
		this.organisations = organisations;
		this.units = units;
		this.quotas = quotas;
	}

	/** The organiser's view: every delegation. */
	Overview overview(PortalUser user) {
		List<Organisation> delegations = this.organisations.joinable()
			.stream()
			.filter((o) -> o.getKind() == OrganisationKind.DELEGATION)
			.toList();
		List<OrgRow> rows = orgRows(user, delegations);
		return new Overview(rows, sum(rows.stream().map(OrgRow::staff).toList()),
				sum(rows.stream().map(OrgRow::vip).toList()));
	}

	/** One delegation or sub-delegation: its quota, its sub-delegations', its units'. */
	Board board(PortalUser user, Organisation org) {
		List<Organisation> subs = this.organisations.joinable()
			.stream()
			.filter((o) -> org.getId().equals(o.getParentId()))
			.toList();
		Map<BadgeType, Usage> own = usage(this.ledger.ofOrgs(List.of(org.getId())));
		Organisation parent = this.organisations.find(org.getParentId())
			.filter(Quotas::holdsQuota)
			.filter((p) -> this.quotas.mayView(user, p.getId()))
			.orElse(null);
		return new Board(org, parent, of(own, BadgeType.STAFF), of(own, BadgeType.VIP), orgRows(user, subs),
				unitRows(org), this.quotas.mayAllocate(user, AllocationTarget.unit(org.getId(), null)));
	}

	private List<OrgRow> orgRows(PortalUser user, List<Organisation> orgs) {
		Map<Long, Map<BadgeType, Usage>> byOrg = new LinkedHashMap<>();
		for (Allocation row : this.ledger.ofOrgs(orgs.stream().map(Organisation::getId).toList())) {
			byOrg.computeIfAbsent(row.orgId(), (id) -> new EnumMap<>(BadgeType.class)).put(row.type(), row.usage());
		}
		return orgs.stream().map((o) -> {
			Map<BadgeType, Usage> usage = byOrg.getOrDefault(o.getId(), Map.of());
			return new OrgRow(o, of(usage, BadgeType.STAFF), of(usage, BadgeType.VIP),
					this.quotas.mayAllocate(user, AllocationTarget.organisation(o.getId())));
		}).toList();
	}

	/**
	 * The units the organisation gave an allocation (registered or not), then the units
	 * registered to it without one.
	 */
	private List<UnitRow> unitRows(Organisation org) {
		Map<String, Map<BadgeType, Usage>> byCode = new LinkedHashMap<>();
		for (Allocation row : this.ledger.unitsHeldBy(org.getId())) {
			byCode.computeIfAbsent(row.creditCode(), (c) -> new EnumMap<>(BadgeType.class))
				.put(row.type(), row.usage());
		}
		Map<String, RegisteredUnit> registered = new LinkedHashMap<>(this.units.find(byCode.keySet()));
		List<UnitRow> rows = new ArrayList<>();
		byCode.forEach((code, usage) -> {
			RegisteredUnit unit = registered.get(code);
			rows.add(new UnitRow(code, unit, registration(org, unit), usage.get(BadgeType.STAFF),
					usage.get(BadgeType.VIP), true));
		});
		for (RegisteredUnit unit : this.units.registeredTo(org.getId())) {
			if (!byCode.containsKey(unit.creditCode())) {
				rows.add(new UnitRow(unit.creditCode(), unit, Registration.of(unit.status()), null, null, false));
			}
		}
		return rows;
	}

	private static Registration registration(Organisation org, RegisteredUnit unit) {
		if (unit == null) {
			return Registration.NOT_REGISTERED;
		}
		if (!org.getId().equals(unit.organisationId())) {
			return Registration.ELSEWHERE;
		}
		return Registration.of(unit.status());
	}

	private static Map<BadgeType, Usage> usage(List<Allocation> rows) {
		Map<BadgeType, Usage> usage = new EnumMap<>(BadgeType.class);
		rows.forEach((row) -> usage.put(row.type(), row.usage()));
		return usage;
	}

	private static Usage of(Map<BadgeType, Usage> usage, BadgeType type) {
		return Optional.ofNullable(usage.get(type)).orElse(Usage.NONE);
	}

	private static Usage sum(List<Usage> usages) {
		return new Usage(usages.stream().mapToInt(Usage::allocated).sum(), usages.stream().mapToInt(Usage::used).sum(),
				usages.stream().mapToInt(Usage::onward).sum(), usages.stream().mapToInt(Usage::directUsed).sum(),
				false);
	}

	/** Every delegation, and the sums over them. */
	record Overview(List<OrgRow> delegations, Usage staff, Usage vip) {

	}

	/**
	 * @param parent the organisation above, when the person may open its page
	 */
	record Board(Organisation org, Organisation parent, Usage staff, Usage vip, List<OrgRow> subs, List<UnitRow> units,
			boolean mayAllocateUnits) {

		public boolean isDelegation() {
			return this.org.getKind() == OrganisationKind.DELEGATION;
		}

	}

	record OrgRow(Organisation org, Usage staff, Usage vip, boolean mayAllocate) {

	}

	/**
	 * @param unit the registered unit with this code, if any
	 * @param staff its own staff allocation; null when it has none and shares the
	 * organisation's
	 * @param vip the same for VIP
	 * @param allocated whether the organisation gave it an allocation of any type
	 */
	record UnitRow(String creditCode, RegisteredUnit unit, Registration registration, Usage staff, Usage vip,
			boolean allocated) {

	}

	/**
	 * Whether a unit allocation applies: only while the unit is registered to its giver
	 * and approved there. A unit still in review, or rejected, is registered here but
	 * cannot use it, and must not read as if it could.
	 */
	enum Registration {

		HERE, HERE_IN_REVIEW, HERE_REJECTED, ELSEWHERE, NOT_REGISTERED;

		static Registration of(String unitStatus) {
			return switch (unitStatus) {
				case "APPROVED" -> HERE;
				case "REJECTED" -> HERE_REJECTED;
				default -> HERE_IN_REVIEW;
			};
		}

		public boolean applies() {
			return this == HERE;
		}

		/** Bootstrap text colour: green only where the allocation can be used. */
		public String tone() {
			return switch (this) {
				case HERE -> "text-success";
				case HERE_REJECTED -> "text-danger";
				case HERE_IN_REVIEW -> "text-body-secondary";
				default -> "text-warning-emphasis";
			};
		}

	}

}
