package org.fairflow.portal.exhibitor;

import java.util.Set;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may act for an inviting organisation on {@code /invitations}: its organiser,
 * delegation reviewer or exhibition reviewer, and only when the organisation's kind
 * invites exhibitors (SecurityConfiguration checks the role, this the organisation).
 */
@Component
class Inviters {

	private static final Set<Role> ROLES = Set.of(Role.ORGANISER, Role.DELEGATION_REVIEWER, Role.EXHIBITION_REVIEWER);

	private final Organisations organisations;

	Inviters(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The organisation this person invites for; 403 for anybody else. */
	Organisation of(PortalUser user) {
		if (user == null || !ROLES.contains(user.role())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.organisations.find(user.organisationId())
			.filter((org) -> org.getKind().invitesExhibitors())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
