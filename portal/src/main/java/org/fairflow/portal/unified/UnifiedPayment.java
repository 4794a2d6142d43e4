package org.fairflow.portal.unified;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unified payment (统付) for the badge flow: whether a delegation pays its units' visitor
 * badges, and its confirmations counted against the per-unit cap.
 */
@Service
@Transactional(readOnly = true)
public class UnifiedPayment {

	private static final Logger log = LoggerFactory.getLogger(UnifiedPayment.class);

	private final UnifiedSettingRepository settings;

	private final ConfirmationRepository confirmations;

	private final SettingRows rows;

	UnifiedPayment(UnifiedSettingRepository settings, ConfirmationRepository confirmations, SettingRows rows) {
		this.settings = settings;
		this.confirmations = confirmations;
		this.rows = rows;
	}

	/**
	 * True while the delegation has unified payment switched on; false for any unknown
	 * id.
	 */
	public boolean isOn(Long delegationId) {
		return delegationId != null
				&& this.settings.findById(delegationId).map(UnifiedSetting::isEnabled).orElse(false);
	}

	/** The unit's confirmed persons against the delegation's per-unit cap. */
	public CapStatus capStatus(Long delegationId, Long unitId) {
		Integer cap = this.settings.findById(delegationId).map(UnifiedSetting::getUnitCap).orElse(null);
		return CapStatus.of(this.confirmations.countByDelegationIdAndUnitId(delegationId, unitId), cap);
	}

	/**
	 * The delegation agrees to pay for the person of this badge-review case. A second
	 * call for the same case counts nothing.
	 * @param override true when the reviewer explicitly accepted exceeding the cap;
	 * stored as overridden only when the cap was in fact reached
	 * @throws UnifiedCapException when the unit has reached the cap and no override was
	 * given; nothing is stored
	 */
	@Transactional
	public void confirm(String caseId, Long delegationId, Long unitId, boolean override, String actor) {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(delegationId, "delegationId");
		Objects.requireNonNull(unitId, "unitId");
		Objects.requireNonNull(actor, "actor");
		// The lock makes concurrent confirmations of one delegation count one after the
		// other.
		UnifiedSetting setting = this.rows.lock(delegationId, actor);
		if (this.confirmations.findByCaseId(caseId).isPresent()) {
			return;
		}
		CapStatus status = CapStatus.of(this.confirmations.countByDelegationIdAndUnitId(delegationId, unitId),
				setting.getUnitCap());
		if (status.reached() && !override) {
			throw new UnifiedCapException(status);
		}
		this.confirmations
			.save(new Confirmation(caseId, delegationId, unitId, status.reached(), actor, this.rows.now()));
		if (status.reached()) {
			log.info("Unified payment for case {} confirmed over the cap of unit {} ({}) by {}", caseId, unitId,
					status.label(), actor);
		}
	}

	/** Sets the per-unit cap; blank clears it. */
	@Transactional
	void changeCap(Long delegationId, String input, String actor) {
		Integer cap = parseCap(input);
		this.rows.lock(delegationId, actor).cap(cap, actor, this.rows.now());
	}

	static final int MAX_CAP = 100_000;

	private static Integer parseCap(String input) {
		if (input == null || input.isBlank()) {
			return null;
		}
		try {
			int cap = Integer.parseInt(input.strip());
			if (cap >= 1 && cap <= MAX_CAP) {
				return cap;
			}
		}
		catch (NumberFormatException ex) {
			// the same message as out of range
		}
		throw new UnifiedException("unified.cap.invalid", MAX_CAP);
	}

	/** A case cancelled or rejected no longer counts against the cap. */
	@Transactional
	void forget(String caseId) {
		if (this.confirmations.deleteByCase(caseId) > 0) {
			log.info("Unified payment confirmation of case {} dropped: the case ended", caseId);
		}
	}

}
