package org.fairflow.portal.payment;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who pays: the liaison of an approved unit (the same rule as the badge pages). */
@Component
class PayingUnits {

	private final UnitDirectory units;

	PayingUnits(UnitDirectory units) {
		this.units = units;
	}

	/** The caller's unit id; any other caller, or a unit not approved, is forbidden. */
	Long approvedUnitOf(PortalUser user) {
		if (user == null || user.role() != Role.APPLICANT || user.unitId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.units.find(user.getUsername())
			.filter((u) -> u.id().equals(user.unitId()) && "APPROVED".equals(u.status()))
			.map(UnitDirectory.RegisteredUnit::id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	/** Who may open a receipt: finance and the organiser. */
	static boolean mayReadReceipts(PortalUser user) {
		return user != null && (user.role() == Role.FINANCE || user.role() == Role.ORGANISER);
	}

}
