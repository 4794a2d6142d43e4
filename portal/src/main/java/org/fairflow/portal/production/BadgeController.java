package org.fairflow.portal.production;

import org.fairflow.portal.badge.BadgeHolder;
import org.fairflow.portal.badge.BadgeHolders;
import org.fairflow.portal.security.PortalUser;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The printable badge, its QR code and photo, for those {@link BadgeAccess} lets see it;
 * anybody else, or an unknown id, gets 404. A void badge is shown watermarked, without a
 * QR code.
 */
@Controller
@RequestMapping("/badges/{badgeId}")
class BadgeController {

	private final BadgeProduction production;

	private final BadgeAccess access;

	private final VerificationLinks links;

	private final BadgeHolders holders;

	BadgeController(BadgeProduction production, BadgeAccess access, VerificationLinks links, BadgeHolders holders) {
		this.production = production;
		this.access = access;
		this.links = links;
		this.holders = holders;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable String badgeId, Model model) {
		ProducedBadge badge = visible(user, badgeId);
		model.addAttribute("badge", badge);
		model.addAttribute("hasPhoto", hasPhoto(badge.getPersonId()));
		return "production/badge";
	}

	@GetMapping("/qr.png")
	ResponseEntity<byte[]> qr(@AuthenticationPrincipal PortalUser user, @PathVariable String badgeId) {
		ProducedBadge badge = visible(user, badgeId);
		if (!badge.isValid()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(QrCodes.png(this.links.url(badge.getId())));
	}

	@GetMapping("/photo.jpg")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal PortalUser user, @PathVariable String badgeId) {
		ProducedBadge badge = visible(user, badgeId);
		return Photos.jpeg(this.holders.photo(badge.getPersonId()));
	}

	private ProducedBadge visible(PortalUser user, String badgeId) {
		return this.production.find(badgeId)
			.filter((b) -> this.access.maySee(user, b))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private boolean hasPhoto(Long personId) {
		return this.holders.find(personId).map(BadgeHolder::hasPhoto).orElse(false);
	}

}
