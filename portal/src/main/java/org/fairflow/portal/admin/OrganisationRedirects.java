package org.fairflow.portal.admin;

import java.util.Optional;

import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.tasks.CandidateGroupRedirects;

import org.springframework.stereotype.Component;

/**
 * Tasks of cases started before a change to the tree, arriving after it: a deactivated
 * sub-delegation's go to its delegation; a moved sub-delegation's delegation-level ones
 * to its new delegation (the old one no longer sees the sub-delegation's cases).
 */
@Component
class OrganisationRedirects implements CandidateGroupRedirects {

	private final Organisations organisations;

	OrganisationRedirects(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public String redirect(String group, Long scopeOrgId) {
		Optional<Organisation> target = orgOf(group);
		if (target.isEmpty()) {
			return group;
		}
		Organisation org = target.get();
		if (!org.isActive() && org.getKind() == OrganisationKind.SUB_DELEGATION && org.getParentId() != null) {
			return redirect("org:" + org.getParentId(), scopeOrgId);
		}
		if (org.getKind() == OrganisationKind.DELEGATION) {
			Optional<Organisation> scope = this.organisations.find(scopeOrgId);
			if (scope.isPresent() && scope.get().getKind() == OrganisationKind.SUB_DELEGATION
					&& scope.get().getParentId() != null && !scope.get().getParentId().equals(org.getId())) {
				return "org:" + scope.get().getParentId();
			}
		}
		return group;
	}

	private Optional<Organisation> orgOf(String group) {
		if (group == null || !group.startsWith("org:")) {
			return Optional.empty();
		}
		try {
			return this.organisations.find(Long.valueOf(group.substring(4)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
