package org.fairflow.portal.exhibitor;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who exhibits, and who invited them. */
@Service
@Transactional(readOnly = true)
public class Exhibitors {

	private static final Logger log = LoggerFactory.getLogger(Exhibitors.class);

	private final ExhibitorRepository exhibitors;

	private final InvitationCodeRepository codes;

	private final Clock clock;

	Exhibitors(ExhibitorRepository exhibitors, InvitationCodeRepository codes, Clock clock) {
		this.exhibitors = exhibitors;
		this.codes = codes;
		this.clock = clock;
	}

	/**
	 * Registers the unit as an exhibitor with its code. The code's row stays locked until
	 * the transaction ends, so two units racing for one code make one exhibitor; the
	 * other is told the code was used.
	 * @throws InvitationRefusedException for an unknown, used, revoked or expired code,
	 * or a unit that already exhibits
	 */
	@Transactional
	public Exhibitor register(Long unitId, ExhibitorRegistration registration, String actor) {
		InvitationCode code = this.codes.lockByCode(InvitationCodes.normalise(registration.code()))
			.orElseThrow(() -> new InvitationRefusedException("invitation.unknown"));
		Instant now = this.clock.instant();
		String refusal = code.refusal(now);
		if (refusal != null) {
			throw new InvitationRefusedException(refusal);
		}
		if (this.exhibitors.existsByUnitId(unitId)) {
			throw new InvitationRefusedException("exhibitor.alreadyRegistered");
		}
		Exhibitor exhibitor = this.exhibitors.save(new Exhibitor(unitId, code, registration, now, actor));
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

}
