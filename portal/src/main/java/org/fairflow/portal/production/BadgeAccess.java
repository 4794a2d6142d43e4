package org.fairflow.portal.production;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.stereotype.Component;

/**
 * Who may open a printed badge: the liaison of the badge's (approved) unit, the reviewers
 * whose subtree holds the badge's case (the case's scope is the unit's organisation) and
 * the organiser. Everybody else gets "not found", so badge ids reveal nothing.
 */
@Component
class BadgeAccess {

	private final UnitDirectory units;

	private final Cases cases;

	private final Organisations organisations;

	BadgeAccess(UnitDirectory units, Cases cases, Organisations organisations) {
		this.units = units;
		this.cases = cases;
		this.organisations = organisations;
	}

	boolean maySee(PortalUser user, ProducedBadge badge) {
		if (user == null) {
			return false;
		}
		if (user.role() == Role.ORGANISER) {
			return true;
		}
		if (user.role() == Role.APPLICANT) {
			return this.units.approvedUnitOf(user).filter(badge.getUnitId()::equals).isPresent();
		}
		if (user.role().reviews()) {
			return this.cases.find(badge.getCaseId())
				.map((c) -> c.getScopeOrgId() != null
						&& this.organisations.subtree(user.organisationId()).contains(c.getScopeOrgId()))
				.orElse(false);
		}
		return false;
	}

}
