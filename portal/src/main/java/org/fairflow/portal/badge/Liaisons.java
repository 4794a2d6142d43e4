package org.fairflow.portal.badge;

import java.util.Optional;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may work on badges: the liaison of an approved unit. Every badge page asks here, so
 * the rule lives in one place.
 */
@Component
class Liaisons {

	private final UnitDirectory units;

	Liaisons(UnitDirectory units) {
		this.units = units;
	}

	/**
	 * The caller's unit id; any other caller, or a unit not (yet) approved, is forbidden.
	 */
	Long approvedUnitOf(PortalUser user) {
		return this.units.approvedUnitOf(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	/**
	 * The caller's approved unit, if any: the persons page explains instead of refusing
	 * when the caller's unit is not (yet) approved.
	 */
	Optional<Long> approvedUnit(PortalUser user) {
		return this.units.approvedUnitOf(user);
	}

	/**
	 * The review status (SUBMITTED ... REJECTED) of the caller's own unit; a caller
	 * without a unit is forbidden.
	 */
	String unitStatusOf(PortalUser user) {
		return Optional.ofNullable(user.unitId())
			.flatMap(this.units::findById)
			.map(UnitDirectory.RegisteredUnit::status)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
