package org.fairflow.portal.badge;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.RequestValues;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
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
 * 往届专业观众人员: the liaison's previous-edition holders, each re-applied or reused. Only the
 * liaison's own approved unit; its login is its credit code, which the holders are kept
 * by.
 */
@Controller
@RequestMapping("/badge/previous")
class PreviousHolderController {

	private final PreviousHolders holders;

	private final Liaisons liaisons;

	PreviousHolderController(PreviousHolders holders, Liaisons liaisons) {
		this.holders = holders;
		this.liaisons = liaisons;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") String page, Model model) {
		Long unitId = this.liaisons.approvedUnitOf(user);
		Page<PreviousHolder> holders = this.holders.list(user.getUsername(), RequestValues.page(page));
		model.addAttribute("page", holders);
		model.addAttribute("broughtForward", this.holders.broughtForward(unitId, holders.getContent()));
		model.addAttribute("edition", this.holders.edition());
		return "badge/previous";
	}

	@PostMapping("/{id}/reapply")
	String reapply(@AuthenticationPrincipal PortalUser user, @PathVariable String id, RedirectAttributes redirect) {
		this.liaisons.approvedUnitOf(user);
		try {
			Person person = this.holders.reapply(user.getUsername(),
					RequestValues.id(id).orElseThrow(PreviousHolderNotFoundException::new));
			redirect.addFlashAttribute("successKey", "badge.previous.reapplied");
			return "redirect:/badge/persons/" + person.getId() + "/edit";
		}
		catch (PersonException ex) {
			return refused(ex.getMessage(), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			return refused("badge.previous.alreadyBrought", redirect);
		}
	}

	@PostMapping("/{id}/reuse")
	String reuse(@AuthenticationPrincipal PortalUser user, @PathVariable String id, RedirectAttributes redirect) {
		this.liaisons.approvedUnitOf(user);
		try {
			this.holders.reuse(user.getUsername(),
					RequestValues.id(id).orElseThrow(PreviousHolderNotFoundException::new));
			redirect.addFlashAttribute("successKey", "badge.previous.reused");
			return "redirect:/badge/persons";
		}
		catch (PersonException ex) {
			return refused(ex.getMessage(), redirect);
		}
		catch (DataIntegrityViolationException ex) {
			return refused("badge.previous.alreadyBrought", redirect);
		}
	}

	private static String refused(String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorKey", messageKey);
		return "redirect:/badge/previous";
	}

}
