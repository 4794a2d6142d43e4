package org.fairflow.portal.badge;

import java.util.List;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.RequestValues;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The liaison's side of an application: submitting drafts, following one person, choosing
 * how the badge is handed over, and cancelling (注销).
 */
@Controller
@RequestMapping("/badge/persons")
class BadgeApplicationController {

	private final Liaisons liaisons;

	private final Persons persons;

	private final BadgeApplications applications;

	private final BadgeLifecycle lifecycle;

	private final UnitAddresses addresses;

	private final Cases cases;

	private final PaidUpgrades paidUpgrades;

	private final StudentCards studentCards;

	BadgeApplicationController(Liaisons liaisons, Persons persons, BadgeApplications applications,
			BadgeLifecycle lifecycle, UnitAddresses addresses, Cases cases, PaidUpgrades paidUpgrades,
			StudentCards studentCards) {
		this.paidUpgrades = paidUpgrades;
		this.studentCards = studentCards;
		this.liaisons = liaisons;
		this.persons = persons;
		this.applications = applications;
		this.lifecycle = lifecycle;
		this.addresses = addresses;
		this.cases = cases;
	}

	@PostMapping("/submit")
	String submit(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "ids", required = false) List<String> ids, RedirectAttributes redirect) {
		Long unitId = this.liaisons.approvedUnitOf(user);
		List<Long> personIds = (ids == null) ? List.of()
				: ids.stream().flatMap((id) -> RequestValues.id(id).stream()).toList();
		if (personIds.isEmpty()) {
			redirect.addFlashAttribute("errorKey", "badge.submit.noneSelected");
			return "redirect:/badge/persons";
		}
		BadgeApplications.SubmitReport report = this.applications.submit(unitId, personIds, user);
		redirect.addFlashAttribute("submitReport", report);
		return "redirect:/badge/persons";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable String id, Model model) {
		Person person = person(user, id);
		model.addAttribute("person", person);
		model.addAttribute("addresses", this.addresses.list(person.getUnitId()));
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		model.addAttribute("history",
				(person.getCaseId() != null) ? this.cases.history(person.getCaseId()) : List.of());
		model.addAttribute("pendingUpgrade", this.paidUpgrades.pending(person.getId()).orElse(null));
		model.addAttribute("studentCard", this.studentCards.of(person.getId()).orElse(null));
		return "badge/person";
	}

	@PostMapping("/{id}/delivery")
	String delivery(@AuthenticationPrincipal PortalUser user, @PathVariable String id,
			@RequestParam(required = false) String method, @RequestParam(required = false) String addressId,
			RedirectAttributes redirect) {
		Person person = person(user, id);
		try {
			this.lifecycle.chooseDelivery(person.getUnitId(), person.getId(), parseMethod(method),
					RequestValues.id(addressId).orElse(null));
			redirect.addFlashAttribute("successKey", "badge.delivery.saved");
		}
		catch (PersonException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessage());
		}
		return "redirect:/badge/persons/" + person.getId();
	}

	@PostMapping("/{id}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable String id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Person person = person(user, id);
		try {
			boolean now = this.lifecycle.cancel(person.getUnitId(), person.getId(), reason, user);
			redirect.addFlashAttribute("successKey", now ? "badge.cancelled" : "badge.cancel.requested");
		}
		catch (PersonException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessage());
		}
		return "redirect:/badge/persons/" + person.getId();
	}

	private Person person(PortalUser user, String id) {
		return this.persons.own(this.liaisons.approvedUnitOf(user), id);
	}

	private static DeliveryMethod parseMethod(String method) {
		for (DeliveryMethod m : DeliveryMethod.values()) {
			if (m.name().equals(method)) {
				return m;
			}
		}
		return null;
	}

}
