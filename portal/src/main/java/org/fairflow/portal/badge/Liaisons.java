package org.fairflow.portal.badge;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
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
		if (user == null || user.role() != Role.APPLICANT || user.unitId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.units.find(user.getUsername())
			.filter((u) -> u.id().equals(user.unitId()) && "APPROVED".equals(u.status()))
			.map(UnitDirectory.RegisteredUnit::id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
