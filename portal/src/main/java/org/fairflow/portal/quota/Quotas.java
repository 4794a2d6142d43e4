package org.fairflow.portal.quota;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.fairflow.portal.audit.AuditCategory;
import org.fairflow.portal.audit.AuditTrail;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.workers.registry.CreditCode;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The free-badge quota ledger (STAFF and VIP). The organiser gives each delegation an
 * allocation per badge type; a delegation passes parts of it on to its sub-delegations
 * and units, a sub-delegation to its units. A unit's allocation is keyed by credit code,
 * may be made before the unit registers, and applies while the unit is registered to the
 * organisation that gave it. A unit without an allocation of its own shares the free part
 * of its organisation's.
 *
 * <p>
 * A reservation consumes one from the unit's quota and counts against every level above
 * it, all in one transaction. Every count changes by a conditional update ({@code used =
 * used + 1 where used < allocated}), taken from the delegation downwards (the order in
 * which allocation changes lock the same rows), and the person's ledger row is written
 * last; so concurrent requests never over-use a quota and never wait for each other in a
 * circle. The table's checks are the last line. Reservations are keyed by the caller's
 * person reference: reserving twice consumes once.
 *
 * <p>
 * Best called outside a transaction: a request that meets a concurrent one for the same
 * person or row is then rolled back and run again. Inside the caller's transaction that
 * becomes a {@link org.springframework.dao.ConcurrencyFailureException}, and any refusal
 * marks the caller's transaction for rollback.
 */
@Service
public class Quotas {

	/** The most anyone may hand out of one badge type at once. */
	static final int MAX_AMOUNT = 100_000;

	private static final int ATTEMPTS = 5;

	private final QuotaLedger ledger;

	private final Organisations organisations;

	private final UnitDirectory units;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final AuditTrail audit;

	Quotas(QuotaLedger ledger, Organisations organisations, UnitDirectory units,
			PlatformTransactionManager transactions, AuditTrail audit) {
		this.ledger = ledger;
		this.organisations = organisations;
		this.units = units;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.audit = audit;
	}

	// ---------------------------------------------------------------- reservations

	/**
	 * Reserves one free badge for a person of a unit: from the unit's own allocation when
	 * it has one from the organisation it is registered to, otherwise from that
	 * organisation's free part; counted against every level above.
	 * @param personRef the caller's key for the person (at most 100 characters)
	 * @param type STAFF or VIP
	 * @param unitCreditCode the unit's credit code
	 * @param unitOrgId the delegation or sub-delegation the unit is registered to
	 * @return the reservation; the existing one if the person already holds this type
	 * @throws QuotaExceededException when a level has nothing left (nothing consumed)
	 * @throws QuotaException when the person already holds the other type (use
	 * {@link #upgrade})
	 */
	public Reservation reserve(String personRef, BadgeType type, String unitCreditCode, Long unitOrgId) {
		String person = person(personRef);
		requireQuotaType(type);
		String code = creditCode(unitCreditCode);
		requireOrganisation(unitOrgId);
		return write(() -> {
			Optional<LedgerEntry> existing = this.ledger.reservation(person);
			if (existing.isPresent()) {
				if (existing.get().type() == type) {
					return reservation(existing.get());
				}
				throw new QuotaException(person + " already holds " + existing.get().type(), "quota.reservedAsOther",
						resolvable(existing.get().type()));
			}
			Allocation pool = poolOfUnit(code, unitOrgId, type);
			countDownTo(pool, person, null);
			return record(person, pool, code, unitOrgId, null);
		});
	}

	/**
	 * Frees a person's badge (cancellation): one less at every level it was counted.
	 * @return false when the person held nothing
	 */
	public boolean release(String personRef) {
		String person = person(personRef);
		return write(() -> {
			Optional<LedgerEntry> entry = this.ledger.reservation(person);
			if (entry.isEmpty()) {
				return false;
			}
			giveBack(entry.get());
			if (!this.ledger.deleteReservation(entry.get())) {
				throw new ChangedMeanwhile();
			}
			return true;
		});
	}

	/**
	 * Moves a person up (visitor → staff → VIP): frees what it held, if anything, and
	 * reserves the new type, all or nothing.
	 * @param chargedOrgId the delegation or sub-delegation whose free part pays for the
	 * upgrade (the guides: an upgrade uses the quota of the delegation doing it); it must
	 * be the unit's organisation or above it. Null: the unit's quota, as
	 * {@link #reserve}.
	 * @throws QuotaException when {@code to} is not above what the person holds
	 * @throws QuotaExceededException when the new type has nothing left (the old badge is
	 * kept)
	 */
	public Reservation upgrade(String personRef, BadgeType to, String unitCreditCode, Long unitOrgId,
			Long chargedOrgId) {
		String person = person(personRef);
		requireQuotaType(to);
		String code = creditCode(unitCreditCode);
		requireOrganisation(unitOrgId);
		if (chargedOrgId != null && !chainOf(unitOrgId).contains(chargedOrgId)) {
			throw new IllegalArgumentException(
					"Organisation " + chargedOrgId + " is not above the unit's organisation " + unitOrgId);
		}
		return write(() -> {
			Optional<LedgerEntry> existing = this.ledger.reservation(person);
			BadgeType from = existing.map(LedgerEntry::type).orElse(BadgeType.VISITOR);
			if (to.ordinal() <= from.ordinal()) {
				throw new QuotaException(from + " cannot be upgraded to " + to, "quota.notAnUpgrade", resolvable(from),
						resolvable(to));
			}
			if (existing.isPresent()) {
				giveBack(existing.get());
			}
			Allocation pool = (chargedOrgId != null) ? poolOfOrganisation(chargedOrgId, to)
					: poolOfUnit(code, unitOrgId, to);
			countDownTo(pool, person, existing.orElse(null));
			return record(person, pool, code, unitOrgId, existing.orElse(null));
		});
	}

	/** The person's reservation, if it holds a free badge. */
	public Optional<Reservation> reservation(String personRef) {
		String person = person(personRef);
		return read(() -> this.ledger.reservation(person).map(this::reservation));
	}

	// ---------------------------------------------------------------- reading

	/** An organisation's quotas: allocated, used at and below it, passed on. */
	public QuotaView usage(Long orgId) {
		return read(() -> {
			Map<BadgeType, QuotaView.Usage> usage = new EnumMap<>(BadgeType.class);
			for (Allocation row : this.ledger.ofOrgs(List.of(orgId))) {
				usage.put(row.type(), row.usage());
			}
			return new QuotaView(orgId, null, usage);
		});
	}

	/**
	 * What a unit registered to {@code unitOrgId} can reserve from, per type: its own
	 * allocation, or (marked {@link QuotaView.Usage#shared()}) its organisation's.
	 */
	public QuotaView usageForUnit(String unitCreditCode, Long unitOrgId) {
		String code = creditCode(unitCreditCode);
		return read(() -> {
			Map<BadgeType, QuotaView.Usage> usage = new EnumMap<>(BadgeType.class);
			for (BadgeType type : BadgeType.WITH_QUOTA) {
				Optional<Allocation> own = this.ledger.ofUnit(code, type, false)
					.filter((row) -> unitOrgId.equals(row.parentOrgId()));
				if (own.isPresent()) {
					usage.put(type, own.get().usage());
				}
				else {
					this.ledger.ofOrg(unitOrgId, type, false)
						.ifPresent((row) -> usage.put(type, row.usage().asShared()));
				}
			}
			return new QuotaView(unitOrgId, code, usage);
		});
	}

	// ---------------------------------------------------------------- allocating

	/** Sets one allocation; see {@link #allocate(PortalUser, AllocationTarget, Map)}. */
	public AllocationChange allocate(PortalUser by, AllocationTarget target, BadgeType type, int amount) {
		return allocate(by, target, Map.of(type, amount)).get(0);
	}

	/**
	 * Sets a target's allocation of each given type, all or nothing. Raising one takes
	 * the difference from the giver's free part; lowering one below what it already used
	 * or passed on is refused.
	 * @throws AccessDeniedException unless {@code by} may allocate to the target
	 * @throws QuotaException naming the rule that refused it
	 */
	public List<AllocationChange> allocate(PortalUser by, AllocationTarget target, Map<BadgeType, Integer> amounts) {
		Target resolved = resolve(by, target, amounts);
		return write(() -> {
			List<AllocationChange> changes = change(resolved, amounts, by.getUsername(), true);
			recorded(by, target, changes);
			return changes;
		});
	}

	private void recorded(PortalUser by, AllocationTarget target, List<AllocationChange> changes) {
		String described = changes.stream()
			.filter(AllocationChange::changes)
			.map((c) -> c.type() + " " + c.from() + " → " + c.to())
			.collect(Collectors.joining(", "));
		if (!described.isEmpty()) {
			this.audit.recordBy(by.getUsername(), AuditCategory.ADMINISTRATION, "quota.allocated",
					target.isUnit() ? "unit:" + target.creditCode() + "@organisation:" + target.holderOrgId()
							: "organisation:" + target.orgId(),
					described);
		}
	}

	/**
	 * What {@link #allocate(PortalUser, AllocationTarget, Map)} would change, checked by
	 * the same rules but written nowhere (for a confirmation before lowering).
	 */
	public List<AllocationChange> preview(PortalUser by, AllocationTarget target, Map<BadgeType, Integer> amounts) {
		Target resolved = resolve(by, target, amounts);
		return read(() -> change(resolved, amounts, by.getUsername(), false));
	}

	/**
	 * A delegation's allocation comes from the organiser; a sub-delegation's from a
	 * reviewer of its delegation (or the organiser); a unit's from a reviewer of the
	 * organisation that holds it or above.
	 */
	public boolean mayAllocate(PortalUser user, AllocationTarget target) {
		if (user == null) {
			return false;
		}
		if (user.role() == Role.ORGANISER) {
			return true;
		}
		if (!user.role().reviews()) {
			return false;
		}
		Long giver;
		if (target.isUnit()) {
			giver = target.holderOrgId();
		}
		else {
			Optional<Organisation> org = this.organisations.find(target.orgId());
			if (org.isEmpty() || org.get().getKind() != OrganisationKind.SUB_DELEGATION) {
				return false;
			}
			giver = org.get().getParentId();
		}
		return giver != null && this.organisations.subtree(user.organisationId()).contains(giver);
	}

	/**
	 * Whether the person may see an organisation's quotas: the organiser sees every
	 * delegation and sub-delegation, a reviewer its own and those below.
	 */
	public boolean mayView(PortalUser user, Long orgId) {
		Optional<Organisation> org = this.organisations.find(orgId);
		if (user == null || org.isEmpty() || !holdsQuota(org.get())) {
			return false;
		}
		if (user.role() == Role.ORGANISER) {
			return true;
		}
		return user.role().reviews() && this.organisations.subtree(user.organisationId()).contains(orgId);
	}

	// ---------------------------------------------------------------- internals

	/** The allocation target checked: who gives, who receives. */
	private record Target(AllocationTarget target, Organisation org, Organisation giver, String creditCode) {

		boolean hasGiverRow() {
			return this.target.isUnit() || this.org.getKind() == OrganisationKind.SUB_DELEGATION;
		}

		Long parentOrgId() {
			return this.target.isUnit() ? this.giver.getId() : this.org.getParentId();
		}

	}

	private Target resolve(PortalUser by, AllocationTarget target, Map<BadgeType, Integer> amounts) {
		if (amounts.isEmpty()) {
			throw new QuotaException("No amount given", "quota.amount.required");
		}
		for (Map.Entry<BadgeType, Integer> amount : amounts.entrySet()) {
			requireQuotaType(amount.getKey());
			if (amount.getValue() == null || amount.getValue() < 0 || amount.getValue() > MAX_AMOUNT) {
				throw new QuotaException("Amount out of range: " + amount.getValue(), "quota.amount.invalid",
						resolvable(amount.getKey()), MAX_AMOUNT);
			}
		}
		Target resolved;
		if (target.isUnit()) {
			Organisation holder = this.organisations.find(target.holderOrgId())
				.filter(Quotas::holdsQuota)
				.orElseThrow(() -> new QuotaException("No such holder", "quota.target.invalid"));
			resolved = new Target(target, null, holder, checkedCreditCode(target.creditCode()));
		}
		else {
			Organisation org = this.organisations.find(target.orgId())
				.filter(Quotas::holdsQuota)
				.orElseThrow(() -> new QuotaException("No such organisation", "quota.target.invalid"));
			resolved = new Target(target, org, null, null);
		}
		if (!mayAllocate(by, target)) {
			throw new AccessDeniedException("Not allowed to allocate to " + target);
		}
		return resolved;
	}

	private List<AllocationChange> change(Target target, Map<BadgeType, Integer> amounts, String by, boolean write) {
		List<AllocationChange> changes = new ArrayList<>();
		for (BadgeType type : BadgeType.WITH_QUOTA) {
			Integer amount = amounts.get(type);
			if (amount != null) {
				changes.add(change(target, type, amount, by, write));
			}
		}
		return changes;
	}

	/** Giver's row first, then the target's: the same top-down order reservations use. */
	private AllocationChange change(Target target, BadgeType type, int amount, String by, boolean write) {
		Optional<Allocation> giverRow = target.hasGiverRow() ? this.ledger.ofOrg(target.parentOrgId(), type, write)
				: Optional.empty();
		Optional<Allocation> current = target.target().isUnit() ? this.ledger.ofUnit(target.creditCode(), type, write)
				: this.ledger.ofOrg(target.org().getId(), type, write);
		if (target.target().isUnit() && current.isPresent()
				&& !target.giver().getId().equals(current.get().parentOrgId())) {
			throw new QuotaException("Unit allocation held elsewhere", "quota.unit.heldElsewhere", resolvable(type),
					orgName(current.get().parentOrgId()));
		}
		int from = current.map(Allocation::allocated).orElse(0);
		int delta = amount - from;
		AllocationChange change = new AllocationChange(type, from, amount);
		if (delta == 0) {
			return change;
		}
		if (current.isPresent() && delta < 0) {
			Allocation row = current.get();
			int floor = Math.max(row.taken(), row.used());
			if (amount < floor) {
				throw new QuotaException(
						type + " at " + targetName(target, Locale.SIMPLIFIED_CHINESE) + " cannot go below " + floor,
						"quota.belowUsed", resolvable(type), targetName(target, locale()), amount, row.used(),
						row.onward(), floor);
			}
		}
		if (target.hasGiverRow() && delta > 0) {
			int free = giverRow.map(Allocation::free).orElse(0);
			if (free < delta) {
				Organisation giver = this.organisations.find(target.parentOrgId()).orElseThrow();
				throw new QuotaException(type + " at " + giver.getNameZh() + " has only " + free + " left",
						"quota.exceedsParent", resolvable(type), giver.name(locale()), free,
						giverRow.map(Allocation::allocated).orElse(0), delta);
			}
		}
		if (!write) {
			return change;
		}
		if (target.hasGiverRow() && !this.ledger.addOnward(giverRow.orElseThrow().id(), delta)) {
			throw new IllegalStateException("Giver's row changed under its lock: " + giverRow.get());
		}
		if (current.isEmpty()) {
			this.ledger.insert(type, target.target().isUnit() ? null : target.org().getId(), target.creditCode(),
					giverRow.map(Allocation::id).orElse(null), target.parentOrgId(), amount, by);
		}
		else if (amount == 0 && current.get().isUnit()) {
			if (!this.ledger.deleteUnused(current.get().id())) {
				throw new IllegalStateException("Unit allocation in use: " + current.get());
			}
		}
		else if (!this.ledger.setAllocated(current.get().id(), amount, by)) {
			throw new IllegalStateException("Row changed under its lock: " + current.get());
		}
		return change;
	}

	private Allocation poolOfUnit(String creditCode, Long unitOrgId, BadgeType type) {
		return this.ledger.ofUnit(creditCode, type, false)
			.filter((row) -> unitOrgId.equals(row.parentOrgId()))
			.or(() -> this.ledger.ofOrg(unitOrgId, type, false))
			.orElseThrow(() -> exceeded(type, 0, 0, unitOrgId, null));
	}

	private Allocation poolOfOrganisation(Long orgId, BadgeType type) {
		return this.ledger.ofOrg(orgId, type, false).orElseThrow(() -> exceeded(type, 0, 0, orgId, null));
	}

	/**
	 * Counts one reservation from the delegation down to its pool. Every reservation,
	 * release and upgrade changes the counts first and the person's ledger row last: the
	 * counts are taken in the same top-down order as allocation changes take them, and a
	 * transaction holding a person's ledger row never waits for a count (so the two kinds
	 * of lock never wait for each other in a circle).
	 */
	private void countDownTo(Allocation pool, String person, LedgerEntry asRead) {
		for (Allocation level : chainDownTo(pool)) {
			boolean counted = (level.id() == pool.id()) ? this.ledger.drawDirect(level.id())
					: this.ledger.countBelow(level.id());
			if (!counted) {
				if (!Objects.equals(this.ledger.reservation(person).orElse(null), asRead)) {
					// The same person was reserved or changed meanwhile: run again to
					// answer with that.
					throw new ChangedMeanwhile();
				}
				Allocation now = this.ledger.byId(level.id()).orElse(level);
				int taken = (level.id() == pool.id()) ? Math.max(now.taken(), now.used()) : now.used();
				throw exceeded(pool.type(), taken, now.allocated(), now.orgId(), now.creditCode());
			}
		}
	}

	/**
	 * Writes the person's ledger row: a new one, or the one read before (which must still
	 * be as read). A second request for the same person fails here on the key, and is run
	 * again by {@link #write}.
	 */
	private Reservation record(String person, Allocation pool, String code, Long unitOrgId, LedgerEntry replacing) {
		if (replacing == null) {
			this.ledger.insertReservation(person, pool.type(), pool.id(), code, unitOrgId);
		}
		else if (!this.ledger.replaceReservation(replacing, pool.type(), pool.id(), code, unitOrgId)) {
			throw new ChangedMeanwhile();
		}
		return reservation(this.ledger.reservation(person).orElseThrow());
	}

	/**
	 * Uncounts a reservation, from the delegation down to its pool; its ledger row is
	 * changed afterwards. A count already at zero means the entry was read before another
	 * request released it: run again.
	 */
	private void giveBack(LedgerEntry entry) {
		Allocation pool = this.ledger.byId(entry.allocationId()).orElseThrow(ChangedMeanwhile::new);
		for (Allocation level : chainDownTo(pool)) {
			boolean returned = (level.id() == pool.id()) ? this.ledger.returnDirect(level.id())
					: this.ledger.uncountBelow(level.id());
			if (!returned) {
				throw new ChangedMeanwhile();
			}
		}
	}

	/** The pool and the rows above it, top first. */
	private List<Allocation> chainDownTo(Allocation pool) {
		List<Allocation> chain = new ArrayList<>();
		Allocation level = pool;
		chain.add(level);
		while (level.parentId() != null) {
			level = this.ledger.byId(level.parentId()).orElseThrow();
			chain.add(level);
		}
		Collections.reverse(chain);
		return chain;
	}

	/** The organisation and its ancestors. */
	private Set<Long> chainOf(Long orgId) {
		Set<Long> chain = new HashSet<>();
		Optional<Organisation> org = this.organisations.find(orgId);
		while (org.isPresent() && chain.add(org.get().getId())) {
			org = this.organisations.find(org.get().getParentId());
		}
		return chain;
	}

	private QuotaExceededException exceeded(BadgeType type, int taken, int allocated, Long orgId, String creditCode) {
		String zh = (creditCode != null) ? unitName(creditCode, Locale.SIMPLIFIED_CHINESE) : orgName(orgId);
		String local = (creditCode != null) ? unitName(creditCode, locale())
				: this.organisations.find(orgId).map((o) -> o.name(locale())).orElse(String.valueOf(orgId));
		return new QuotaExceededException(type, taken, allocated, zh, local);
	}

	private Reservation reservation(LedgerEntry entry) {
		boolean unit = this.ledger.byId(entry.allocationId()).map(Allocation::isUnit).orElse(false);
		return new Reservation(entry.personRef(), entry.type(), entry.unitCreditCode(), entry.unitOrgId(), unit,
				entry.reservedAt());
	}

	private String targetName(Target target, Locale locale) {
		return target.target().isUnit() ? unitName(target.creditCode(), locale) : target.org().name(locale);
	}

	private String unitName(String creditCode, Locale locale) {
		return this.units.find(creditCode).map((u) -> u.name(locale) + " (" + creditCode + ")").orElse(creditCode);
	}

	private String orgName(Long orgId) {
		return this.organisations.find(orgId).map(Organisation::getNameZh).orElse(String.valueOf(orgId));
	}

	static boolean holdsQuota(Organisation org) {
		return org.getKind() == OrganisationKind.DELEGATION || org.getKind() == OrganisationKind.SUB_DELEGATION;
	}

	static DefaultMessageSourceResolvable resolvable(BadgeType type) {
		return new DefaultMessageSourceResolvable(new String[] { type.messageKey() }, type.name());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static String person(String personRef) {
		if (personRef == null || personRef.isBlank() || personRef.length() > 100) {
			throw new IllegalArgumentException("A person reference of 1 to 100 characters is required");
		}
		return personRef;
	}

	private static void requireQuotaType(BadgeType type) {
		if (type == null || !type.hasQuota()) {
			throw new IllegalArgumentException("Only STAFF and VIP badges have a quota, not " + type);
		}
	}

	private void requireOrganisation(Long orgId) {
		if (orgId == null || this.organisations.find(orgId).filter(Quotas::holdsQuota).isEmpty()) {
			throw new IllegalArgumentException("Not a delegation or sub-delegation: " + orgId);
		}
	}

	private static String creditCode(String code) {
		if (!CreditCode.isValid(code)) {
			throw new IllegalArgumentException("Not a valid credit code: " + code);
		}
		return CreditCode.normalise(code);
	}

	/** A credit code a person typed: its problem is shown to them. */
	private static String checkedCreditCode(String code) {
		CreditCode.check(code).ifPresent((problem) -> {
			throw new QuotaException("Credit code: " + problem, "quota.creditCode." + problem.name());
		});
		return CreditCode.normalise(code);
	}

	/**
	 * Runs in a transaction. When the transaction is ours, a request that met another one
	 * for the same row (a duplicate key: the same person reserved, the same holder's row
	 * created, at the same moment; or a ledger row changed since it was read) is rolled
	 * back and run again, and then sees what the other one did.
	 */
	private <T> T write(Supplier<T> work) {
		boolean ours = !TransactionSynchronizationManager.isActualTransactionActive();
		for (int attempt = 1;; attempt++) {
			try {
				return this.writing.execute((status) -> work.get());
			}
			catch (DuplicateKeyException | ChangedMeanwhile ex) {
				if (!ours || attempt >= ATTEMPTS) {
					throw new ConcurrencyFailureException("Quota request kept meeting concurrent changes", ex);
				}
			}
		}
	}

	/** What was read changed before it could be written; the transaction is run again. */
	private static final class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super(null, null, false, false);
		}

	}

	private <T> T read(Supplier<T> work) {
		return this.reading.execute((status) -> work.get());
	}

}
