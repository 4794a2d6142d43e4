package org.fairflow.portal.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about registered units for features that key their data by credit code
 * (badge quotas are allocated to a code before its unit registers).
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

	static final int IDS_PER_QUERY = 1000;

	private final UnitRepository units;

	UnitDirectory(UnitRepository units) {
		this.units = units;
	}

	/** The unit registered with this (normalised) credit code, if any. */
	public Optional<RegisteredUnit> find(String creditCode) {
		return this.units.findByCreditCode(creditCode).map(UnitDirectory::entry);
	}

	/** The registered units among these (normalised) credit codes, by code. */
	public Map<String, RegisteredUnit> find(Collection<String> creditCodes) {
		if (creditCodes.isEmpty()) {
			return Map.of();
		}
		return this.units.findAllByCreditCodeIn(creditCodes)
			.stream()
			.map(UnitDirectory::entry)
			.collect(Collectors.toMap(RegisteredUnit::creditCode, Function.identity()));
	}

	/**
	 * The unit this person is the liaison of, if the unit is approved: who may work on
	 * badges and pay for them. The one rule every such page asks. By the account's unit,
	 * not its login, which follows a corrected credit code.
	 */
	public Optional<Long> approvedUnitOf(PortalUser user) {
		if (user == null || user.role() != Role.APPLICANT || user.unitId() == null) {
			return Optional.empty();
		}
		return this.units.findById(user.unitId()).filter((u) -> u.getStatus() == UnitStatus.APPROVED).map(Unit::getId);
	}

	public Optional<RegisteredUnit> findById(Long unitId) {
		return this.units.findById(unitId).map(UnitDirectory::entry);
	}

	/**
	 * The units among these ids, by id: one query for a page of rows that name units, one
	 * per {@value #IDS_PER_QUERY} ids for more (the PostgreSQL driver takes at most
	 * 65,535 parameters).
	 */
	public Map<Long, RegisteredUnit> findByIds(Collection<Long> unitIds) {
		List<Long> ids = List.copyOf(Set.copyOf(unitIds));
		Map<Long, RegisteredUnit> found = new HashMap<>();
		for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
			this.units.findAllById(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
				.forEach((u) -> found.put(u.getId(), entry(u)));
		}
		return found;
	}

	/**
	 * Who hears about the unit's applications: the contact's name, mobile in E.164 and
	 * e-mail, as process variables {@code contactName}, {@code contactMobile},
	 * {@code contactEmail}.
	 */
	public Optional<UnitContact> contact(Long unitId) {
		return this.units.findById(unitId)
			.map((u) -> new UnitContact(u.getContactName(), u.contactMobileE164(), u.getContactEmail(),
					u.getLanguage()));
	}

	/**
	 * @param language what the contact reads, {@code zh} or {@code en} (process variable
	 * {@code language})
	 */
	public record UnitContact(String name, String mobile, String email, String language) {

	}

	/** The units registered directly to an organisation, oldest first. */
	public List<RegisteredUnit> registeredTo(Long organisationId) {
		return this.units.findAllByOrganisationIdOrderByIdAsc(organisationId)
			.stream()
			.map(UnitDirectory::entry)
			.toList();
	}

	/**
	 * The units registered directly to any of these organisations, oldest first (a
	 * reviewer's subtree in one query).
	 */
	public List<RegisteredUnit> registeredToAny(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.units.findAllByOrganisationIdInOrderByIdAsc(organisationIds)
			.stream()
			.map(UnitDirectory::entry)
			.toList();
	}

	/**
	 * At most {@code limit} units registered directly to any of these organisations,
	 * oldest first: choices for a filter, which must not grow with the fair.
	 */
	public List<RegisteredUnit> registeredToAny(Collection<Long> organisationIds, int limit) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.units
			.findAllByOrganisationIdIn(organisationIds, PageRequest.of(0, limit, Sort.by(Sort.Direction.ASC, "id")))
			.stream()
			.map(UnitDirectory::entry)
			.toList();
	}

	/** How many units are registered directly to any of these organisations. */
	public long countRegisteredToAny(Collection<Long> organisationIds) {
		return organisationIds.isEmpty() ? 0 : this.units.countByOrganisationIdIn(organisationIds);
	}

	/**
	 * The ids of the units a selection names, as a sub-select of another feature's
	 * criteria query: the units stay in the database however many a delegation has, and a
	 * unit that moved to another organisation is read where it is now.
	 */
	public Subquery<Long> ids(CommonAbstractCriteria query, CriteriaBuilder cb, UnitSelection selection) {
		Subquery<Long> ids = query.subquery(Long.class);
		Root<Unit> unit = ids.from(Unit.class);
		List<Predicate> where = new ArrayList<>();
		if (selection.organisations() != null) {
			where.add(selection.organisations().isEmpty() ? cb.disjunction()
					: unit.get("organisationId").in(selection.organisations()));
		}
		if (selection.category() != null) {
			where.add(cb.equal(unit.get("category"), selection.category()));
		}
		if (selection.edition() != null) {
			where.add(cb.equal(unit.get("edition"), selection.edition()));
		}
		return ids.select(unit.get("id")).where(where.toArray(Predicate[]::new));
	}

	/** The same sub-select in SQL with positional parameters, for JDBC queries. */
	public SubSelect idsSql(UnitSelection selection) {
		List<String> where = new ArrayList<>();
		List<Object> args = new ArrayList<>();
		if (selection.organisations() != null) {
			where.add(selection.organisations().isEmpty() ? "1 = 0" : "u.organisation_id in ("
					+ selection.organisations().stream().map((id) -> "?").collect(Collectors.joining(", ")) + ")");
			args.addAll(selection.organisations());
		}
		if (selection.category() != null) {
			where.add("u.category = ?");
			args.add(selection.category().name());
		}
		if (selection.edition() != null) {
			where.add("u.edition = ?");
			args.add(selection.edition());
		}
		return new SubSelect(
				"select u.id from unit u" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)),
				List.copyOf(args));
	}

	/**
	 * Which units: those registered directly to any of {@code organisations} (every unit
	 * when {@code null}), of a category and an edition when given.
	 */
	public record UnitSelection(Set<Long> organisations, UnitCategory category, Integer edition) {

		public UnitSelection {
			organisations = (organisations != null) ? Set.copyOf(organisations) : null;
		}

	}

	/** A SQL sub-select and its positional arguments, in order. */
	public record SubSelect(String sql, List<Object> args) {

	}

	private static RegisteredUnit entry(Unit unit) {
		return new RegisteredUnit(unit.getId(), unit.getCreditCode(), unit.getNameZh(), unit.getNameEn(),
				unit.getOrganisationId(), unit.getStatus().name(), unit.getCategory(), unit.getEdition());
	}

	/**
	 * A registered unit; {@code status} is its review status (SUBMITTED ... REJECTED);
	 * {@code category} and {@code edition} let the persons overview filter as statistics
	 * do.
	 */
	public record RegisteredUnit(Long id, String creditCode, String nameZh, String nameEn, Long organisationId,
			String status, UnitCategory category, Integer edition) {

		public RegisteredUnit(Long id, String creditCode, String nameZh, String nameEn, Long organisationId,
				String status) {
			this(id, creditCode, nameZh, nameEn, organisationId, status, null, null);
		}

		public String name(Locale locale) {
			return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
		}

	}

}
