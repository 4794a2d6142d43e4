package org.fairflow.portal.badge;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.RequestValues;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser cancels (注销) a person's badge from the person's overview page, with a
 * reason; the page asks for confirmation first.
 */
@Controller
class OrganiserCancelController {

	private final BadgeLifecycle lifecycle;

	OrganiserCancelController(BadgeLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@PostMapping("/badge/overview/{id}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable String id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		long personId = RequestValues.id(id).orElseThrow(PersonNotFoundException::new);
		try {
			this.lifecycle.cancelByOrganiser(user, personId, reason);
			redirect.addFlashAttribute("successKey", "badge.organiserCancel.requested");
		}
		catch (PersonException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessage());
		}
		catch (EngineException ex) {
			redirect.addFlashAttribute("errorKey", "engine.unavailable");
		}
		return "redirect:/badge/overview/" + personId;
	}

}
