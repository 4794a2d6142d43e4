package org.fairflow.portal.admin;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.AccountSummary;
import org.fairflow.portal.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Staff accounts (/admin/accounts). A reset link is shown once, on the page answering the
 * confirmed request, never redirected to or kept in the session.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	static final int PAGE_SIZE = 20;

	private final AccountAdmin admin;

	private final Organisations organisations;

	private final AccountExport export;

	private final Exports exports;

	AccountAdminController(AccountAdmin admin, Organisations organisations, AccountExport export, Exports exports) {
		this.admin = admin;
		this.organisations = organisations;
		this.export = export;
		this.exports = exports;
	}

	@GetMapping
	String list(@RequestParam(required = false) String role, @RequestParam(required = false) String org,
			@RequestParam(required = false) String enabled, @RequestParam(defaultValue = "0") String page,
			Model model) {
		Role roleFilter = parseRole(role);
		Long orgFilter = parseLong(org);
		Boolean enabledFilter = "true".equals(enabled) ? Boolean.TRUE : "false".equals(enabled) ? Boolean.FALSE : null;
		int pageNumber = Math.max(0, (parseLong(page) != null) ? parseLong(page).intValue() : 0);
		Page<AccountSummary> accounts = this.admin.list(roleFilter, orgFilter, enabledFilter,
				PageRequest.of(pageNumber, PAGE_SIZE));
		model.addAttribute("accounts", accounts);
		model.addAttribute("roleFilter", roleFilter);
		model.addAttribute("orgFilter", orgFilter);
		model.addAttribute("enabledFilter", enabledFilter);
		return common(model, "admin/accounts");
	}

	/**
	 * The list with the page's filters as XLSX or CSV, written straight into the answer.
	 */
	@GetMapping("/export")
	void export(@RequestParam(required = false) String role, @RequestParam(required = false) String org,
			@RequestParam(required = false) String enabled, @RequestParam(required = false) String format,
			Locale locale, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		Role roleFilter = parseRole(role);
		Long orgFilter = parseLong(org);
		Boolean enabledFilter = "true".equals(enabled) ? Boolean.TRUE : "false".equals(enabled) ? Boolean.FALSE : null;
		String pageLink = ServletUriComponentsBuilder.fromPath("/admin/accounts")
			.queryParamIfPresent("role", java.util.Optional.ofNullable(roleFilter))
			.queryParamIfPresent("org", java.util.Optional.ofNullable(orgFilter))
			.queryParamIfPresent("enabled", java.util.Optional.ofNullable(enabledFilter))
			.toUriString();
		this.exports.write(this.export.table(roleFilter, orgFilter, enabledFilter, pageLink, locale), chosen, response);
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		return common(model, "admin/account-new");
	}

	@PostMapping
	String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				AccountAdmin.Created created = this.admin.create(form);
				return linkPage(created.account(), created.token(), true, model, response);
			}
			catch (AdminException ex) {
				error(model, ex);
			}
		}
		return common(model, "admin/account-new");
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("account", found(id));
		return common(model, "admin/account");
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) String role,
			@RequestParam(required = false) String organisationId, Model model, RedirectAttributes redirect) {
		found(id);
		try {
			this.admin.assign(id, parseRole(role), parseLong(organisationId));
		}
		catch (AdminException ex) {
			error(model, ex);
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "admin.account.assigned");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
			RedirectAttributes redirect) {
		AccountSummary account = found(id);
		try {
			if (!confirm) {
				model.addAttribute("account", account);
				model.addAttribute("action", "disable");
				return "admin/account-confirm";
			}
			this.admin.disable(id);
		}
		catch (AdminException ex) {
			error(model, ex);
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "admin.account.disabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		found(id);
		this.admin.enable(id);
		redirect.addFlashAttribute("successKey", "admin.account.enabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/reset")
	String reset(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
			HttpServletResponse response) {
		AccountSummary account = found(id);
		if (!confirm) {
			model.addAttribute("account", account);
			model.addAttribute("action", "reset");
			return "admin/account-confirm";
		}
		return linkPage(account, this.admin.reset(id), false, model, response);
	}

	private String linkPage(AccountSummary account, String token, boolean created, Model model,
			HttpServletResponse response) {
		// Shown once: neither cached by the browser nor kept anywhere on the server.
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("account", account);
		model.addAttribute("created", created);
		model.addAttribute("link",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/password/reset/{token}")
					.buildAndExpand(token)
					.toUriString());
		return "admin/account-link";
	}

	private String common(Model model, String view) {
		List<Organisation> all = this.organisations.all();
		model.addAttribute("roles", Arrays.stream(Role.values()).filter((r) -> r != Role.APPLICANT).toList());
		model.addAttribute("organisations", all);
		model.addAttribute("orgById", all.stream().collect(Collectors.toMap(Organisation::getId, (o) -> o)));
		return view;
	}

	private AccountSummary found(long id) {
		try {
			return this.admin.get(id);
		}
		catch (AdminException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static Role parseRole(String role) {
		return Arrays.stream(Role.values())
			.filter((r) -> r != Role.APPLICANT && r.name().equals(role))
			.findFirst()
			.orElse(null);
	}

	private static Long parseLong(String value) {
		try {
			return (value == null || value.isBlank()) ? null : Long.valueOf(value.strip());
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
