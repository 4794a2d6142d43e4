package org.fairflow.portal.production;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.badge.BadgeHolder;
import org.fairflow.portal.badge.BadgeHolders;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public page a scanned QR code opens (no login: gate staff use any phone). It says
 * valid, void or invalid; only a valid badge shows who it is for, with the photo to
 * compare. Never a document number, a phone or an error dump.
 */
@Controller
@RequestMapping("/verify/{token}")
class VerifyController {

	private final BadgeVerification verification;

	private final BadgeHolders holders;

	VerifyController(BadgeVerification verification, BadgeHolders holders) {
		this.verification = verification;
		this.holders = holders;
	}

	@GetMapping
	String verify(@PathVariable String token, Model model, HttpServletResponse response) {
		BadgeVerification.Result result = this.verification.check(token);
		// A badge voided a minute ago must not show as valid from a cache.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("state", result.state().name());
		model.addAttribute("badge", result.badge());
		model.addAttribute("token", token);
		model.addAttribute("hasPhoto",
				result.state() == BadgeVerification.State.VALID && hasPhoto(result.badge().getPersonId()));
		return "production/verify";
	}

	@GetMapping("/photo.jpg")
	ResponseEntity<byte[]> photo(@PathVariable String token) {
		BadgeVerification.Result result = this.verification.check(token);
		if (result.state() != BadgeVerification.State.VALID) {
			return ResponseEntity.notFound().build();
		}
		return Photos.jpeg(this.holders.photo(result.badge().getPersonId()));
	}

	private boolean hasPhoto(Long personId) {
		return this.holders.find(personId).map(BadgeHolder::hasPhoto).orElse(false);
	}

}
