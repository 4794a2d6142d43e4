package org.fairflow.portal.badge;

import java.util.List;
import java.util.Set;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may look at persons across units: reviewers, each over its own subtree; the
 * organiser over every delegation. Every overview page asks here, so the rule lives in
 * one place (the liaison's counterpart is {@link Liaisons}).
 */
@Component
class ReviewScopes {

	private final Organisations organisations;

	private final UnitDirectory units;

	ReviewScopes(Organisations organisations, UnitDirectory units) {
		this.organisations = organisations;
		this.units = units;
	}

	/** The caller's scope; anyone but a reviewer is forbidden. */
	ReviewScope of(PortalUser user) {
		if (user == null || !user.role().reviews()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		boolean everything = user.role() == Role.ORGANISER;
		List<Organisation> joinable = this.organisations.joinable();
		List<Organisation> visible = joinable;
		if (!everything) {
			Set<Long> subtree = this.organisations.subtree(user.organisationId());
			visible = joinable.stream().filter((o) -> subtree.contains(o.getId())).toList();
		}
		return new ReviewScope(everything, visible, this.units);
	}

}
