package org.fairflow.portal.badge;

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

}
