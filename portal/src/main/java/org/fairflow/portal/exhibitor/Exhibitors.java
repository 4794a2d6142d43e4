package org.fairflow.portal.exhibitor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.fairflow.portal.export.Pages;
import org.fairflow.portal.unit.UnitDirectory;
import org.fairflow.portal.unit.UnitDirectory.RegisteredUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who exhibits, and who invited them. */
@Service
@Transactional(readOnly = true)
public class Exhibitors {

	static final int PAGE_SIZE = 50;

	private static final int EXPORT_PAGE = 500;

	private static final Logger log = LoggerFactory.getLogger(Exhibitors.class);

	private final ExhibitorRepository exhibitors;

	private final InvitationCodeRepository codes;

	private final UnitDirectory units;

	private final Clock clock;

	Exhibitors(ExhibitorRepository exhibitors, InvitationCodeRepository codes, UnitDirectory units, Clock clock) {
		this.exhibitors = exhibitors;
		this.codes = codes;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * Registers the unit as an exhibitor with its code. The code's row stays locked until
	 * the transaction ends, so two units racing for one code make one exhibitor; the
	 * other is told the code was used. (Two registrations of one unit with two codes at
	 * once meet the unique {@code unit_id}: the loser's transaction rolls back with a
	 * {@code DataIntegrityViolationException}.)
	 * @throws InvitationRefusedException for a unit that already exhibits, or an unknown,
	 * used, revoked or expired code
	 */
	@Transactional
	public Exhibitor register(Long unitId, ExhibitorRegistration registration, String actor) {
		if (this.exhibitors.existsByUnitId(unitId)) {
			throw new InvitationRefusedException("exhibitor.alreadyRegistered");
		}
		InvitationCode code = this.codes.lockByCode(InvitationCodes.normalise(registration.code()))
			.orElseThrow(() -> new InvitationRefusedException("invitation.unknown"));
		Instant now = this.clock.instant();
		String refusal = code.refusal(now);
		if (refusal != null) {
			throw new InvitationRefusedException(refusal);
		}
		Exhibitor exhibitor = this.exhibitors.saveAndFlush(new Exhibitor(unitId, code, registration, now, actor));
		code.use(exhibitor.getId(), now);
		log.info("Unit {} registered as exhibitor {} invited by organisation {}", unitId, exhibitor.getId(),
				code.getOrganisationId());
		return exhibitor;
	}

	public Optional<Exhibitor> ofUnit(Long unitId) {
		return (unitId == null) ? Optional.empty() : this.exhibitors.findByUnitId(unitId);
	}

	public Optional<Exhibitor> find(Long id) {
		return (id == null) ? Optional.empty() : this.exhibitors.findById(id);
	}

	/** Whether {@code orgId} invited this exhibitor (and so audits what it submits). */
	public boolean isInvitedBy(Long exhibitorId, Long orgId) {
		return orgId != null && find(exhibitorId).map((e) -> orgId.equals(e.getInviterOrgId())).orElse(false);
	}

	/**
	 * The exhibitors {@code orgId} itself invited (never those of an organisation below
	 * or above it), newest first. {@code search} matches the unit's name in either
	 * language, its credit code or the exhibitor's contact (blank: all). The pageable's
	 * page and size are used, its sort is not.
	 */
	public Page<ExhibitorSummary> invitedBy(Long orgId, String search, Pageable pageable) {
		return rows(orgId, search, pageable).map(ExhibitorRow::summary);
	}

	/** The inviter's list page: the summary plus what only the inviter reads. */
	Page<ExhibitorRow> rows(Long orgId, String search, int page) {
		return rows(orgId, search, PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	/**
	 * Every exhibitor of the inviter's list with this search, newest first, a page at a
	 * time.
	 */
	void export(Long orgId, String search, Consumer<ExhibitorRow> sink) {
		Pages.each((number) -> rows(orgId, search, PageRequest.of(number, EXPORT_PAGE)), sink);
	}

	private Page<ExhibitorRow> rows(Long orgId, String search, Pageable pageable) {
		if (orgId == null) {
			return Page.empty(pageable);
		}
		Page<Exhibitor> found = this.exhibitors.searchInvitedBy(orgId, pattern(search),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		Map<Long, RegisteredUnit> units = this.units
			.findByIds(found.getContent().stream().map(Exhibitor::getUnitId).collect(Collectors.toSet()));
		List<ExhibitorRow> rows = found.getContent()
			.stream()
			.map((e) -> new ExhibitorRow(e, units.get(e.getUnitId())))
			.toList();
		return new PageImpl<>(rows, found.getPageable(), found.getTotalElements());
	}

	/**
	 * A line of the inviter's list; {@code unit} is null only if the unit row vanished.
	 */
	record ExhibitorRow(Exhibitor exhibitor, RegisteredUnit unit) {

		ExhibitorSummary summary() {
			return new ExhibitorSummary(this.exhibitor.getId(), this.exhibitor.getUnitId(),
					(this.unit != null) ? this.unit.nameZh() : null, (this.unit != null) ? this.unit.nameEn() : null,
					this.exhibitor.getParticipation(), this.exhibitor.getRegisteredAt());
		}

	}

	private static String pattern(String search) {
		if (search == null || search.isBlank()) {
			return "";
		}
		String escaped = search.strip()
			.toLowerCase(Locale.ROOT)
			.replace("!", "!!")
			.replace("%", "!%")
			.replace("_", "!_");
		return "%" + escaped + "%";
	}

}
