package org.fairflow.portal.exhibitor;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.org.Organisation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An inviting organisation's codes ({@code /invitations}): issue a batch, list and
 * filter, export the filtered list as CSV, revoke an unused code after a confirmation
 * page; and the exhibitors it invited ({@code /invitations/exhibitors}). Everything is
 * the signed-in person's organisation's only: another's code is not found.
 */
@Controller
@RequestMapping("/invitations")
class InvitationController {

	private static final String FORM = "invitation/new";

	private final Inviters inviters;

	private final InvitationCodes codes;

	private final Exhibitors exhibitors;

	private final InvitationExports tables;

	private final Exports exports;

	InvitationController(Inviters inviters, InvitationCodes codes, Exhibitors exhibitors, InvitationExports tables,
			Exports exports) {
		this.tables = tables;
		this.exports = exports;
		this.inviters = inviters;
		this.codes = codes;
		this.exhibitors = exhibitors;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String state,
			@RequestParam(required = false) String batch, @RequestParam(required = false) String code,
			@RequestParam(required = false) String page, Model model) {
		Organisation org = this.inviters.of(user);
		InvitationCodes.CodeFilter filter = filter(state, batch, code);
		model.addAttribute("organisation", org);
		model.addAttribute("filter", filter);
		model.addAttribute("typedCode", (code == null) ? "" : code.strip());
		model.addAttribute("states", CodeState.values());
		model.addAttribute("batches", this.codes.batches(org.getId()));
		model.addAttribute("codes", this.codes.list(org.getId(), filter, RequestValues.page(page)));
		return "invitation/list";
	}

	@GetMapping("/new")
	String issueForm(@AuthenticationPrincipal PortalUser user, Model model) {
		this.inviters.of(user);
		IssueForm form = new IssueForm();
		form.setCount(20);
		model.addAttribute("issueForm", form);
		return formPage(model);
	}

	@PostMapping
	String issue(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("issueForm") IssueForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Organisation org = this.inviters.of(user);
		if (form.getExpiresOn() != null && !errors.hasFieldErrors("expiresOn")
				&& (form.getExpiresOn().isBefore(this.codes.today())
						|| form.getExpiresOn().isAfter(this.codes.lastExpiryDay()))) {
			errors.rejectValue("expiresOn", "invitation.batch.expiry");
		}
		if (errors.hasErrors()) {
			return formPage(model);
		}
		List<InvitationCode> issued;
		try {
			issued = this.codes.issue(org.getId(), form.getCount(), this.codes.endOfDay(form.getExpiresOn()),
					form.getLabel(), user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			// Midnight passed between the check above and the service's own.
			errors.rejectValue(ex.getMessage().endsWith("count") ? "count" : "expiresOn", ex.getMessage());
			return formPage(model);
		}
		redirect.addFlashAttribute("successKey", "invitation.issued");
		redirect.addFlashAttribute("successArgs", new Object[] { issued.size() });
		return "redirect:/invitations?batch=" + issued.get(0).getBatchId();
	}

	/** The confirmation: a revoked code can never be used again. */
	@GetMapping("/{id}/revoke")
	String confirmRevocation(@AuthenticationPrincipal PortalUser user, @PathVariable String id, Model model) {
		Organisation org = this.inviters.of(user);
		InvitationCodes.CodeRow row = row(id, org);
		if (!row.revocable()) {
			return "redirect:/invitations";
		}
		model.addAttribute("row", row);
		return "invitation/revoke";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal PortalUser user, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		Organisation org = this.inviters.of(user);
		InvitationCodes.CodeRow row = row(id, org);
		if (!confirm) {
			return "redirect:/invitations/" + row.code().getId() + "/revoke";
		}
		try {
			this.codes.revoke(row.code().getId(), org.getId(), user.getUsername());
			redirect.addFlashAttribute("successKey", "invitation.revoked.done");
		}
		catch (InvitationRefusedException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		redirect.addFlashAttribute("successArgs", new Object[] { row.code().display() });
		redirect.addFlashAttribute("errorArgs", new Object[] { row.code().display() });
		return "redirect:/invitations";
	}

	/**
	 * The filtered list as XLSX or CSV (the export module neutralises formula-like cells
	 * and writes CSV with a BOM), read a chunk at a time.
	 */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String format,
			@RequestParam(required = false) String state, @RequestParam(required = false) String batch,
			@RequestParam(required = false) String code, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		Organisation org = this.inviters.of(user);
		this.exports.write(this.tables.codes(org, filter(state, batch, code), locale), chosen, response);
	}

	/** The address of the CSV export before XLSX came, kept for bookmarks. */
	@GetMapping("/export.csv")
	void exportCsv(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String state,
			@RequestParam(required = false) String batch, @RequestParam(required = false) String code, Locale locale,
			HttpServletResponse response) throws IOException {
		export(user, ExportFormat.CSV.extension(), state, batch, code, locale, response);
	}

	@GetMapping("/exhibitors/export")
	void exportExhibitors(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String format,
			@RequestParam(required = false) String q, Locale locale, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		Organisation org = this.inviters.of(user);
		this.exports.write(this.tables.exhibitors(org, (q == null) ? "" : q.strip(), locale), chosen, response);
	}

	@GetMapping("/exhibitors")
	String exhibitors(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, Model model) {
		Organisation org = this.inviters.of(user);
		String search = (q == null) ? "" : q.strip();
		model.addAttribute("organisation", org);
		model.addAttribute("q", search);
		model.addAttribute("exhibitors", this.exhibitors.rows(org.getId(), search, RequestValues.page(page)));
		model.addAttribute("exportBase",
				UriComponentsBuilder.fromPath("/invitations/exhibitors/export")
					.queryParamIfPresent("q", Optional.of(search).filter((typed) -> !typed.isEmpty()))
					.encode()
					.build()
					.toUriString());
		return "invitation/exhibitors";
	}

	private String formPage(Model model) {
		model.addAttribute("maxBatch", InvitationCodes.MAX_BATCH);
		model.addAttribute("today", this.codes.today());
		model.addAttribute("lastDay", this.codes.lastExpiryDay());
		return FORM;
	}

	private InvitationCodes.CodeRow row(String id, Organisation org) {
		return RequestValues.id(id)
			.flatMap((codeId) -> this.codes.find(codeId, org.getId()))
			.orElseThrow(InvitationCodeNotFoundException::new);
	}

	private static InvitationCodes.CodeFilter filter(String state, String batch, String code) {
		return InvitationCodes.CodeFilter.of(state, RequestValues.id(batch).orElse(null), code);
	}

}
