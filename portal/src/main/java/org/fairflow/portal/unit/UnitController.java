package org.fairflow.portal.unit;

import java.util.List;

import jakarta.validation.Valid;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
class UnitController {

	static final List<String> PRODUCT_AREAS = List.of("FOOD_AGRI", "CONSUMER_GOODS", "AUTOMOBILE", "EQUIPMENT",
			"MEDICAL_HEALTH", "TRADE_SERVICES");

	private final UnitRegistration registration;

	private final UnitEditing editing;

	private final Organisations organisations;

	UnitController(UnitRegistration registration, UnitEditing editing, Organisations organisations) {
		this.registration = registration;
		this.editing = editing;
		this.organisations = organisations;
	}

	@ModelAttribute
	void choices(Model model) {
		choices(model, this.organisations);
	}

	/** What the unit forms (registration, resubmission) offer to choose from. */
	static void choices(Model model, Organisations organisations) {
		model.addAttribute("joinable", organisations.joinable());
		model.addAttribute("categories", UnitCategory.values());
		model.addAttribute("productAreaChoices", PRODUCT_AREAS);
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("form", new RegistrationForm());
		return "unit/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			@RequestParam(name = "licence", required = false) MultipartFile licenceFile, Model model) {
		new CategoryMatchesCode().validate(form, errors);
		LicenceImage licence = null;
		try {
			licence = LicenceImage.of(licenceFile);
		}
		catch (InvalidLicenceException ex) {
			model.addAttribute("licenceError", ex.getMessage());
		}
		if (errors.hasErrors() || licence == null) {
			return "unit/register";
		}
		try {
			this.registration.register(form, licence, Language.of(LocaleContextHolder.getLocale().getLanguage()));
		}
		catch (RegistrationException ex) {
			refused(ex.getMessage(), errors, model);
			return "unit/register";
		}
		return "redirect:/login?registered";
	}

	/** A refusal about the code or the category goes to that field, any other on top. */
	static void refused(String key, BindingResult errors, Model model) {
		if (key.startsWith("unit.creditCode.")) {
			errors.rejectValue("creditCode", key);
		}
		else if (key.startsWith("unit.category.")) {
			errors.rejectValue("category", key);
		}
		else {
			model.addAttribute("errorKey", key);
		}
	}

	@GetMapping("/units/{id}/licence")
	ResponseEntity<byte[]> licence(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		return this.editing.licence(id, user)
			.map((l) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(l.getContentType()))
				.body(l.getContent()))
			.orElse(ResponseEntity.notFound().build());
	}

}
