package org.fairflow.portal.project;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.exhibit.ExhibitUnlistings;
import org.fairflow.portal.exhibit.ItemRefusedException;
import org.fairflow.portal.security.PortalUser;

import org.springframework.data.domain.PageRequest;
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
 * The organiser's view of the listed projects with the forced unlisting (强制下架), beside
 * the products' page at {@code /exhibits/listed}. Role ORGANISER in
 * SecurityConfiguration.
 */
@Controller
@RequestMapping("/exhibits/listed/projects")
class ListedProjectsController {

	private final Projects projects;

	private final ProjectEditing editing;

	ListedProjectsController(Projects projects, ProjectEditing editing) {
		this.projects = projects;
		this.editing = editing;
	}

	@GetMapping
	String page(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("projects",
				this.projects.listed(q, PageRequest.of(Math.max(page, 0), ProjectController.PAGE_SIZE)));
		model.addAttribute("maxReason", ExhibitUnlistings.MAX_REASON);
		return "project/listed";
	}

	@PostMapping("/{id}/unlist")
	String forceUnlist(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.editing.forceUnlist(id, reason, user.displayName());
			redirect.addFlashAttribute("successKey", "product.forced.done");
		}
		catch (ItemRefusedException ex) {
			ItemRefusedException.Problem problem = ex.problems().get(0);
			redirect.addFlashAttribute("unlistErrorId", id);
			redirect.addFlashAttribute("unlistErrorKey", problem.messageKey());
			redirect.addFlashAttribute("unlistErrorArgs", problem.arguments());
			redirect.addFlashAttribute("unlistReason", reason);
		}
		catch (EngineException ex) {
			redirect.addFlashAttribute("errorKey", "engine.unavailable");
		}
		return "redirect:/exhibits/listed/projects";
	}

}
