package org.fairflow.portal.badge;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.web.RequestValues;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The liaison's delivery addresses, only for the liaison's own approved unit: another
 * unit's address is not found, any other role is forbidden.
 */
@Controller
@RequestMapping("/badge/addresses")
class AddressController {

	private static final String FORM = "badge/address-form";

	private static final String LIST = "redirect:/badge/addresses";

	private final UnitAddresses addresses;

	private final Liaisons liaisons;

	AddressController(UnitAddresses addresses, Liaisons liaisons) {
		this.addresses = addresses;
		this.liaisons = liaisons;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		Long unitId = this.liaisons.approvedUnitOf(user);
		model.addAttribute("addresses", this.addresses.list(unitId));
		model.addAttribute("max", UnitAddresses.MAX_PER_UNIT);
		return "badge/addresses";
	}

	@GetMapping("/new")
	String addForm(@AuthenticationPrincipal PortalUser user, Model model) {
		this.liaisons.approvedUnitOf(user);
		model.addAttribute("form", new AddressForm());
		return FORM;
	}

	@PostMapping
	String add(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") AddressForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Long unitId = this.liaisons.approvedUnitOf(user);
		if (!check(form, errors)) {
			return FORM;
		}
		try {
			this.addresses.add(unitId, form);
		}
		catch (AddressException ex) {
			return refused(ex, errors, model);
		}
		redirect.addFlashAttribute("successKey", "badge.address.added");
		return LIST;
	}

	@GetMapping("/{id}/edit")
	String editForm(@AuthenticationPrincipal PortalUser user, @PathVariable String id, Model model) {
		DeliveryAddressRecord address = address(user, id);
		model.addAttribute("address", address);
		model.addAttribute("form", AddressForm.of(address));
		return FORM;
	}

	@PostMapping("/{id}")
	String edit(@AuthenticationPrincipal PortalUser user, @PathVariable String id,
			@ModelAttribute("form") AddressForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		DeliveryAddressRecord address = address(user, id);
		model.addAttribute("address", address);
		if (!check(form, errors)) {
			return FORM;
		}
		try {
			this.addresses.edit(address.getUnitId(), address.getId(), form);
		}
		catch (AddressException ex) {
			return refused(ex, errors, model);
		}
		redirect.addFlashAttribute("successKey", "badge.address.saved");
		return LIST;
	}

	@PostMapping("/{id}/default")
	String makeDefault(@AuthenticationPrincipal PortalUser user, @PathVariable String id, RedirectAttributes redirect) {
		DeliveryAddressRecord address = address(user, id);
		this.addresses.makeDefault(address.getUnitId(), address.getId());
		redirect.addFlashAttribute("successKey", "badge.address.defaultSet");
		return LIST;
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal PortalUser user, @PathVariable String id, RedirectAttributes redirect) {
		DeliveryAddressRecord address = address(user, id);
		this.addresses.delete(address.getUnitId(), address.getId());
		redirect.addFlashAttribute("successKey", "badge.address.deleted");
		return LIST;
	}

	private static boolean check(AddressForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return false;
		}
		form.problems().forEach((p) -> errors.rejectValue(p.field(), p.messageKey()));
		return !errors.hasErrors();
	}

	private static String refused(AddressException ex, BindingResult errors, Model model) {
		if (ex.field() != null) {
			errors.rejectValue(ex.field(), ex.getMessage());
		}
		else {
			model.addAttribute("errorKey", ex.getMessage());
		}
		return FORM;
	}

	private DeliveryAddressRecord address(PortalUser user, String id) {
		Long unitId = this.liaisons.approvedUnitOf(user);
		long addressId = RequestValues.id(id).orElseThrow(AddressNotFoundException::new);
		return this.addresses.get(unitId, addressId).orElseThrow(AddressNotFoundException::new);
	}

}
