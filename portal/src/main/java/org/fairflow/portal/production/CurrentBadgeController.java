package org.fairflow.portal.production;

import org.fairflow.portal.security.PortalUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The badge a case has now, for pages that know the case but not the badge (the person
 * pages link here, since the badge feature does not depend on production).
 */
@Controller
class CurrentBadgeController {

	private final ProducedBadges badges;

	private final BadgeProduction production;

	private final BadgeAccess access;

	CurrentBadgeController(ProducedBadges badges, BadgeProduction production, BadgeAccess access) {
		this.badges = badges;
		this.production = production;
		this.access = access;
	}

	@GetMapping("/badges/case/{caseId}")
	String current(@AuthenticationPrincipal PortalUser user, @PathVariable String caseId) {
		return this.badges.current(caseId)
			.flatMap((badge) -> this.production.find(badge.badgeId()))
			.filter((badge) -> this.access.maySee(user, badge))
			.map((badge) -> "redirect:/badges/" + badge.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
