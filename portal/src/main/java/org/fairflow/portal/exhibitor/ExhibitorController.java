package org.fairflow.portal.exhibitor;

import java.util.Optional;

import jakarta.validation.Valid;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.unit.UnitDirectory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's way into the exhibition: the registration with an invitation code
 * ({@code /exhibitor/register}, 提交参展信息) and, once registered, its exhibitor page
 * ({@code /exhibitor}) with the way to its booth, products and projects. The guide lets a
 * unit register while its own review is still running.
 */
@Controller
class ExhibitorController {

	private final Exhibitors exhibitors;

	private final UnitDirectory units;

	private final Organisations organisations;

	ExhibitorController(Exhibitors exhibitors, UnitDirectory units, Organisations organisations) {
		this.exhibitors = exhibitors;
		this.units = units;
		this.organisations = organisations;
	}

	@GetMapping("/exhibitor")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		Optional<Exhibitor> exhibitor = this.exhibitors.ofUnit(unitOf(user));
		if (exhibitor.isEmpty()) {
			return "redirect:/exhibitor/register";
		}
		Exhibitor e = exhibitor.get();
		model.addAttribute("exhibitor", e);
		model.addAttribute("unit", this.units.findById(e.getUnitId()).orElse(null));
		model.addAttribute("inviter", this.organisations.find(e.getInviterOrgId()).orElse(null));
		return "exhibitor/home";
	}

	@GetMapping("/exhibitor/register")
	String form(@AuthenticationPrincipal PortalUser user, Model model) {
		if (this.exhibitors.ofUnit(unitOf(user)).isPresent()) {
			return "redirect:/exhibitor";
		}
		model.addAttribute("exhibitorForm", new ExhibitorForm());
		return formPage(model);
	}

	@PostMapping("/exhibitor/register")
	String register(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("exhibitorForm") ExhibitorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Long unitId = unitOf(user);
		if (errors.hasErrors()) {
			return formPage(model);
		}
		try {
			this.exhibitors.register(unitId, form.registration(), user.getUsername());
		}
		catch (InvitationRefusedException ex) {
			errors.rejectValue("code", ex.messageKey());
			return formPage(model);
		}
		catch (DataIntegrityViolationException ex) {
			// The same unit registered with another code at the same moment; this
			// attempt stored nothing.
			errors.rejectValue("code", "exhibitor.alreadyRegistered");
			return formPage(model);
		}
		redirect.addFlashAttribute("successKey", "exhibitor.registered");
		return "redirect:/exhibitor";
	}

	private static String formPage(Model model) {
		model.addAttribute("participations", Participation.values());
		model.addAttribute("purposeChoices", ExhibitPurpose.values());
		return "exhibitor/register";
	}

	private static Long unitOf(PortalUser user) {
		if (user == null || user.role() != Role.APPLICANT || user.unitId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return user.unitId();
	}

}
