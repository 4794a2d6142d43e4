package org.fairflow.portal.admin;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The organiser role checked again in the services: the URL rule guards the pages, this
 * guards every other caller of an administrative change.
 */
final class OrganiserCheck {

	private OrganiserCheck() {
	}

	static PortalUser require() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& user.role() == Role.ORGANISER) {
			return user;
		}
		throw new AccessDeniedException("Administration is the organiser's");
	}

}
