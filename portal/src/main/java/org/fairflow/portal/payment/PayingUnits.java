package org.fairflow.portal.payment;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who pays: the liaison of an approved unit ({@link UnitDirectory#approvedUnitOf}). */
@Component
class PayingUnits {

	private final UnitDirectory units;

	PayingUnits(UnitDirectory units) {
		this.units = units;
	}

	/** The caller's unit id; any other caller, or a unit not approved, is forbidden. */
	Long approvedUnitOf(PortalUser user) {
		return this.units.approvedUnitOf(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	/** The caller's unit id if it is approved; empty otherwise. */
	java.util.Optional<Long> approvedUnit(PortalUser user) {
		return this.units.approvedUnitOf(user);
	}

	/** The status of the caller's unit; a caller without a unit is forbidden. */
	String unitStatusOf(PortalUser user) {
		return java.util.Optional.ofNullable(user.unitId())
			.flatMap(this.units::findById)
			.map(UnitDirectory.RegisteredUnit::status)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	/** Who may open a receipt: finance and the organiser. */
	static boolean mayReadReceipts(PortalUser user) {
		return user != null && (user.role() == Role.FINANCE || user.role() == Role.ORGANISER);
	}

}
