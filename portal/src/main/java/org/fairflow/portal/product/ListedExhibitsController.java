package org.fairflow.portal.product;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.exhibit.ItemExports;
import org.fairflow.portal.exhibit.ItemKind;
import org.fairflow.portal.exhibit.ListedItemPages;
import org.fairflow.portal.security.PortalUser;

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
 * The organiser's view of everything listed at the fair, products first (projects beside
 * them at {@code /exhibits/listed/projects}), with the forced unlisting. Role ORGANISER
 * in SecurityConfiguration.
 */
@Controller
@RequestMapping("/exhibits/listed")
class ListedExhibitsController extends ListedItemPages<ProductContent> {

	ListedExhibitsController(Products products, ProductEditing editing, ProductColumns columns, ItemExports exports) {
		super(ItemKind.PRODUCT, "/exhibits/listed", products, editing, columns, exports);
	}

	@GetMapping
	String page(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		return listedPage(q, page, model);
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		exportListed(q, format, locale, response);
	}

	@PostMapping("/products/{id}/unlist")
	String forceUnlist(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		forceUnlisting(user, id, reason, redirect);
		return "redirect:/exhibits/listed";
	}

}
