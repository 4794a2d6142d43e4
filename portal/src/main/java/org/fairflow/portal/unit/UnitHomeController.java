package org.fairflow.portal.unit;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fairflow.portal.cases.CaseEvent;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.Accounts;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.tasks.DecisionException;
import org.fairflow.workers.registry.CreditCode;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's own page: where its review stands, the reviewer's word when it was returned
 * or rejected, and the resubmission of a returned unit.
 */
@Controller
class UnitHomeController {

	private final UnitEditing editing;

	private final Organisations organisations;

	private final Cases cases;

	private final Accounts accounts;

	UnitHomeController(UnitEditing editing, Organisations organisations, Cases cases, Accounts accounts) {
		this.editing = editing;
		this.organisations = organisations;
		this.cases = cases;
		this.accounts = accounts;
	}

	@ModelAttribute
	void choices(Model model) {
		UnitController.choices(model, this.organisations);
	}

	@GetMapping("/unit")
	String mine(@AuthenticationPrincipal PortalUser user, Model model) {
		Unit unit = this.editing.mine(user).orElseThrow();
		model.addAttribute("unit", unit);
		model.addAttribute("flow", UnitRegistration.FLOW);
		model.addAttribute("unitOrganisation", this.organisations.find(unit.getOrganisationId()).orElse(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ResubmissionForm.of(unit));
		}
		List<CaseEvent> history = (unit.getCaseId() != null) ? this.cases.history(unit.getCaseId()) : List.of();
		model.addAttribute("history", history);
		model.addAttribute("reviewerNote", ReviewerNote.of(unit.getStatus(), history).orElse(null));
		return "unit/home";
	}

	/**
	 * A corrected credit code renames the login: the session goes on under the new one
	 * and the unit is told to sign in with it from now on.
	 */
	@PostMapping("/unit/resubmit")
	String resubmit(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") ResubmissionForm form,
			BindingResult errors, @RequestParam(name = "licence", required = false) MultipartFile licenceFile,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		new CategoryMatchesCode().validate(form, errors);
		LicenceImage licence = null;
		try {
			// No file: the unit keeps the licence it sent before.
			licence = (licenceFile == null || licenceFile.isEmpty()) ? null : LicenceImage.of(licenceFile);
		}
		catch (InvalidLicenceException ex) {
			model.addAttribute("licenceError", ex.getMessage());
		}
		if (errors.hasErrors() || model.containsAttribute("licenceError")) {
			return mine(user, model);
		}
		boolean renamed;
		try {
			renamed = this.editing.resubmit(user, form, licence);
		}
		catch (DecisionException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			return mine(user, model);
		}
		catch (RegistrationException ex) {
			UnitController.refused(ex.getMessage(), errors, model);
			return mine(user, model);
		}
		catch (DataIntegrityViolationException ex) {
			// Another unit took the code at the same moment; nothing of this one was
			// stored.
			errors.rejectValue("creditCode", "unit.creditCode.taken");
			return mine(user, model);
		}
		if (renamed) {
			this.accounts.continueSessionAs(CreditCode.normalise(form.getCreditCode()), request, response);
			redirect.addFlashAttribute("loginChangedTo", CreditCode.normalise(form.getCreditCode()));
		}
		redirect.addFlashAttribute("successKey", "unit.resubmitted");
		return "redirect:/unit";
	}

}
