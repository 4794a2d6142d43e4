package org.fairflow.portal.unit;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about registered units for features that key their data by credit code
 * (badge quotas are allocated to a code before its unit registers).
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

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

	/** The units among these ids, by id: one query for a page of rows that name units. */
	public Map<Long, RegisteredUnit> findByIds(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		return this.units.findAllById(unitIds)
			.stream()
			.map(UnitDirectory::entry)
			.collect(Collectors.toMap(RegisteredUnit::id, Function.identity()));
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
