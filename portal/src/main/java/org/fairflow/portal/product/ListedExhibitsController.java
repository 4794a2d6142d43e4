package org.fairflow.portal.product;

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
 * The organiser's view of everything listed at the fair, with the forced unlisting
 * (强制下架): a reason is required and the page asks before sending. Role ORGANISER in
 * SecurityConfiguration.
 */
@Controller
@RequestMapping("/exhibits/listed")
class ListedExhibitsController {

	private final Products products;

	private final ProductEditing editing;

	ListedExhibitsController(Products products, ProductEditing editing) {
		this.products = products;
		this.editing = editing;
	}

	@GetMapping
	String page(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("products",
				this.products.listed(q, PageRequest.of(Math.max(page, 0), ProductController.PAGE_SIZE)));
		model.addAttribute("maxReason", ExhibitUnlistings.MAX_REASON);
		return "product/listed";
	}

	@PostMapping("/products/{id}/unlist")
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
		return "redirect:/exhibits/listed";
	}

}
