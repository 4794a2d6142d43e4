package org.fairflow.portal.admin;

import jakarta.validation.Valid;
import org.fairflow.portal.org.Organisation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delegation tree (/admin/organisations): create and rename at once; move and
 * deactivate after a confirmation that shows their effects on open cases.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

	private final OrganisationAdmin admin;

	OrganisationAdminController(OrganisationAdmin admin) {
		this.admin = admin;
	}

	@GetMapping
	String tree(Model model) {
		return treePage(new OrganisationForm(), model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("orgForm") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return treePage(form, model);
		}
		try {
			Organisation created = this.admin.create(form);
			redirect.addFlashAttribute("successKey", "admin.org.created");
			redirect.addFlashAttribute("successArgs", new Object[] { created.getCode() });
			return "redirect:/admin/organisations";
		}
		catch (AdminException ex) {
			error(model, ex);
			return treePage(form, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Organisation org = found(id);
		if (!model.containsAttribute("renameForm")) {
			RenameForm rename = new RenameForm();
			rename.setNameZh(org.getNameZh());
			rename.setNameEn(org.getNameEn());
			model.addAttribute("renameForm", rename);
		}
		model.addAttribute("org", org);
		model.addAttribute("moveTargets", this.admin.moveTargets(org));
		return "admin/organisation";
	}

	@PostMapping("/{id}/rename")
	String rename(@PathVariable long id, @Valid @ModelAttribute("renameForm") RenameForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		found(id);
		if (errors.hasErrors()) {
			return show(id, model);
		}
		this.admin.rename(id, form.getNameZh(), form.getNameEn());
		redirect.addFlashAttribute("successKey", "admin.org.renamed");
		return "redirect:/admin/organisations/" + id;
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam(required = false) String parentId,
			@RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect) {
		found(id);
		try {
			if (!confirm) {
				model.addAttribute("effects", this.admin.moveEffects(id, parsed(parentId)));
				model.addAttribute("action", "move");
				return "admin/organisation-confirm";
			}
			this.admin.move(id, parsed(parentId));
		}
		catch (AdminException ex) {
			error(model, ex);
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "admin.org.moved");
		return "redirect:/admin/organisations/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
			RedirectAttributes redirect) {
		found(id);
		try {
			if (!confirm) {
				model.addAttribute("effects", this.admin.deactivateEffects(id));
				model.addAttribute("action", "deactivate");
				return "admin/organisation-confirm";
			}
			this.admin.deactivate(id);
		}
		catch (AdminException ex) {
			error(model, ex);
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "admin.org.deactivated");
		return "redirect:/admin/organisations/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, Model model, RedirectAttributes redirect) {
		found(id);
		try {
			this.admin.reactivate(id);
		}
		catch (AdminException ex) {
			error(model, ex);
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "admin.org.reactivated");
		return "redirect:/admin/organisations/" + id;
	}

	private String treePage(OrganisationForm form, Model model) {
		model.addAttribute("rows", this.admin.tree());
		model.addAttribute("parents", this.admin.possibleParents());
		model.addAttribute("orgForm", form);
		return "admin/organisations";
	}

	private Organisation found(long id) {
		try {
			return this.admin.get(id);
		}
		catch (AdminException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static Long parsed(String id) {
		try {
			return (id == null) ? null : Long.valueOf(id.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static void error(Model model, AdminException ex) {
		model.addAttribute("errorKey", ex.messageKey());
		model.addAttribute("errorArgs", ex.arguments());
	}

}
