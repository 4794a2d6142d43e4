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

/**
 * A delegation upgrades a person's badge from the person's overview page; the unit
 * withdraws an upgrade that waits for its payment from its own person page.
 */
@Controller
class BadgeUpgradeController {

	private final BadgeLifecycle lifecycle;

	private final PaidUpgrades paidUpgrades;

	private final Liaisons liaisons;

	private final Persons persons;

	private final Formats formats;

	BadgeUpgradeController(BadgeLifecycle lifecycle, PaidUpgrades paidUpgrades, Liaisons liaisons, Persons persons,
			Formats formats) {
		this.lifecycle = lifecycle;
		this.paidUpgrades = paidUpgrades;
		this.liaisons = liaisons;
		this.persons = persons;
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
			// A fee means the upgrade waits for the unit's payment; the rights switch
			// then.
			redirect.addFlashAttribute("successKey", fee.free() ? "badge.upgrade.done" : "badge.upgrade.pending");
			redirect.addFlashAttribute("successArgs",
					new Object[] { fee.fee().toPlainString(), this.formats.inLanguage(fee.reason()) });
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

	@PostMapping("/badge/persons/{id}/upgrade/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable String id, RedirectAttributes redirect) {
		Person person = this.persons.own(this.liaisons.approvedUnitOf(user), id);
		try {
			this.paidUpgrades.withdraw(person.getUnitId(), person.getId(), user);
			redirect.addFlashAttribute("successKey", "badge.upgrade.withdrawn");
		}
		catch (PersonException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessage());
		}
		return "redirect:/badge/persons/" + person.getId();
	}

}
