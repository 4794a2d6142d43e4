package org.fairflow.portal.badge;

import org.fairflow.portal.quota.BadgeType;
import org.fairflow.portal.quota.QuotaException;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.Formats;
import org.fairflow.portal.web.RequestValues;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A delegation upgrades a person's badge from the person's overview page. */
@Controller
class BadgeUpgradeController {

	private final BadgeLifecycle lifecycle;

	private final Formats formats;

	BadgeUpgradeController(BadgeLifecycle lifecycle, Formats formats) {
		this.lifecycle = lifecycle;
		this.formats = formats;
	}

	@PostMapping("/badge/overview/{id}/upgrade")
	String upgrade(@AuthenticationPrincipal PortalUser user, @PathVariable String id,
			@RequestParam(required = false) String to, RedirectAttributes redirect) {
		long personId = RequestValues.id(id).orElseThrow(PersonNotFoundException::new);
		BadgeType type = null;
		for (BadgeType t : BadgeType.values()) {
			if (t.name().equals(to)) {
				type = t;
			}
		}
		try {
			UpgradeFees.UpgradeFee fee = this.lifecycle.upgrade(user, personId, type);
			redirect.addFlashAttribute("successKey", "badge.upgrade.done");
			redirect.addFlashAttribute("successArgs",
					new Object[] { fee.fee().toPlainString(), this.formats.inLanguage(fee.reason()) });
		}
		catch (UpgradeFeeDueException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessage());
			redirect.addFlashAttribute("errorArgs",
					new Object[] { ex.fee().toPlainString(), this.formats.inLanguage(ex.reason()) });
		}
		catch (PersonException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessage());
		}
		catch (QuotaException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return "redirect:/badge/overview/" + personId;
	}

}
