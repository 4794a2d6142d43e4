package org.fairflow.portal.admin;

import org.fairflow.portal.fair.FairSettings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fair's settings (/admin/settings): edition and entry dates, confirmed before they
 * change, with their history. Fees are a DMN decision the process owner changes in the
 * console; this page only says so.
 */
@Controller
@RequestMapping("/admin/settings")
class SettingsAdminController {

	private final SettingsAdmin admin;

	private final FairSettings fair;

	SettingsAdminController(SettingsAdmin admin, FairSettings fair) {
		this.admin = admin;
		this.fair = fair;
	}

	@GetMapping
	String page(Model model) {
		return page(SettingsForm.of(this.fair.current()), model);
	}

	@PostMapping
	String change(@ModelAttribute("form") SettingsForm form, @RequestParam(defaultValue = "false") boolean confirm,
			Model model, RedirectAttributes redirect) {
		try {
			if (!confirm) {
				model.addAttribute("change", this.admin.check(form));
				model.addAttribute("form", form);
				return "admin/settings-confirm";
			}
			this.admin.change(form);
		}
		catch (AdminException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			return page(form, model);
		}
		redirect.addFlashAttribute("successKey", "admin.settings.saved");
		return "redirect:/admin/settings";
	}

	private String page(SettingsForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("current", this.fair.current());
		model.addAttribute("history", this.fair.history());
		return "admin/settings";
	}

}
