package org.fairflow.portal.incidents;

import org.fairflow.portal.security.PortalUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The process owner's list of incidents, per process, and the retry. */
@Controller
class IncidentsController {

	private static final int PAGE_SIZE = 50;

	private static final java.util.regex.Pattern CASE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,36}");

	private final Incidents incidents;

	IncidentsController(Incidents incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/console/incidents")
	String list(@RequestParam(required = false) String process, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String filter = (process == null || process.isBlank()) ? null : process;
		model.addAttribute("process", filter);
		model.addAttribute("all", all);
		model.addAttribute("available", this.incidents.available());
		model.addAttribute("openPerProcess", this.incidents.openPerProcess());
		model.addAttribute("incidents", this.incidents.list(filter, all, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		return "incidents/list";
	}

	/**
	 * Retries and goes back to where the owner came from: the case's progress page
	 * ({@code caseId} given) or the list.
	 */
	@PostMapping("/console/incidents/{id}/retry")
	String retry(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String caseId, RedirectAttributes redirect) {
		try {
			this.incidents.retry(id, user.displayName());
			redirect.addFlashAttribute("retried", true);
		}
		catch (IncidentException ex) {
			ex.flash(redirect);
		}
		if (caseId != null && CASE_ID.matcher(caseId).matches()) {
			return "redirect:/progress/" + caseId;
		}
		return "redirect:/console/incidents";
	}

}
