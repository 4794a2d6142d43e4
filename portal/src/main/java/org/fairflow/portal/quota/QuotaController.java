package org.fairflow.portal.quota;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.workers.registry.CreditCode;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quota pages: the organiser allocates to delegations; a delegation's reviewers to
 * its sub-delegations and units, a sub-delegation's to its units. Another organisation's
 * page is not found; a lowering is confirmed first.
 */
@Controller
@RequestMapping("/quotas")
class QuotaController {

	private final Quotas quotas;

	private final QuotaBoards boards;

	private final Organisations organisations;

	private final QuotaBoardExport export;

	private final Exports exports;

	QuotaController(Quotas quotas, QuotaBoards boards, Organisations organisations, QuotaBoardExport export,
			Exports exports) {
		this.export = export;
		this.exports = exports;
		this.quotas = quotas;
		this.boards = boards;
		this.organisations = organisations;
	}

	@GetMapping
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		requireReviewer(user);
		if (user.role() == Role.ORGANISER) {
			return page(user, null, model);
		}
		return page(user, visible(user, user.organisationId()).getId(), model);
	}

	@GetMapping("/{orgId}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long orgId, Model model) {
		requireReviewer(user);
		return page(user, visible(user, orgId).getId(), model);
	}

	/**
	 * The page's numbers as XLSX or CSV: the organiser's overview, or the own board of a
	 * delegation's or sub-delegation's reviewer (as {@link #home}).
	 */
	@GetMapping("/export")
	void exportHome(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String format,
			Locale locale, HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		requireReviewer(user);
		if (user.role() == Role.ORGANISER) {
			this.exports.write(this.export.overview(this.boards.overview(user), locale), chosen, response);
			return;
		}
		exportBoard(user, visible(user, user.organisationId()), chosen, locale, response);
	}

	/** One organisation's board; another organisation's is not found, as its page. */
	@GetMapping("/{orgId}/export")
	void export(@AuthenticationPrincipal PortalUser user, @PathVariable long orgId,
			@RequestParam(required = false) String format, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		requireReviewer(user);
		exportBoard(user, visible(user, orgId), chosen, locale, response);
	}

	private void exportBoard(PortalUser user, Organisation org, ExportFormat format, Locale locale,
			HttpServletResponse response) throws IOException {
		this.exports.write(this.export.board(this.boards.board(user, org), locale), format, response);
	}

	/** A delegation's allocation (on the organiser's page) or a sub-delegation's. */
	@PostMapping("/orgs/{orgId}")
	String allocateToOrganisation(@AuthenticationPrincipal PortalUser user, @PathVariable long orgId,
			@RequestParam(required = false) String staff, @RequestParam(required = false) String vip,
			@RequestParam(defaultValue = "false") boolean confirm, Locale locale, Model model,
			RedirectAttributes redirect) {
		requireReviewer(user);
		Organisation org = visible(user, orgId);
		Long pageOrgId = (org.getKind() == OrganisationKind.DELEGATION) ? null : org.getParentId();
		Form form = new Form("org-" + orgId, "/quotas/orgs/" + orgId, org.name(locale), null, staff, vip);
		return submit(user, AllocationTarget.organisation(orgId), form, confirm, pageOrgId, model, redirect);
	}

	/** A unit's allocation, by credit code, given by the organisation of this page. */
	@PostMapping("/{holderId}/units")
	String allocateToUnit(@AuthenticationPrincipal PortalUser user, @PathVariable long holderId,
			@RequestParam(required = false) String creditCode, @RequestParam(required = false) String staff,
			@RequestParam(required = false) String vip, @RequestParam(required = false) String row,
			@RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect) {
		requireReviewer(user);
		visible(user, holderId);
		String code = (creditCode != null) ? CreditCode.normalise(creditCode) : null;
		String key = (row != null && row.matches("[A-Za-z0-9-]{1,40}")) ? row : "unit-new";
		Form form = new Form(key, "/quotas/" + holderId + "/units", code, code, staff, vip);
		return submit(user, AllocationTarget.unit(holderId, code), form, confirm, holderId, model, redirect);
	}

	private String submit(PortalUser user, AllocationTarget target, Form form, boolean confirm, Long pageOrgId,
			Model model, RedirectAttributes redirect) {
		if (!this.quotas.mayAllocate(user, target)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		try {
			Map<BadgeType, Integer> amounts = amounts(form);
			List<AllocationChange> changes = this.quotas.preview(user, target, amounts);
			if (!confirm && changes.stream().anyMatch(AllocationChange::lowering)) {
				model.addAttribute("confirmation", new Confirmation(form, changes));
				return page(user, pageOrgId, model);
			}
			this.quotas.allocate(user, target, amounts);
		}
		catch (QuotaException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			model.addAttribute("rejected", form);
			return page(user, pageOrgId, model);
		}
		redirect.addFlashAttribute("successKey", "quota.saved");
		return "redirect:/quotas" + ((pageOrgId != null) ? "/" + pageOrgId : "");
	}

	/** Blank leaves a type as it is; anything else must be a whole number in range. */
	private static Map<BadgeType, Integer> amounts(Form form) {
		Map<BadgeType, Integer> amounts = new EnumMap<>(BadgeType.class);
		put(amounts, BadgeType.STAFF, form.staff());
		put(amounts, BadgeType.VIP, form.vip());
		if (amounts.isEmpty()) {
			throw new QuotaException("No amount given", "quota.amount.required");
		}
		return amounts;
	}

	private static void put(Map<BadgeType, Integer> amounts, BadgeType type, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			amounts.put(type, Integer.parseInt(value.strip()));
		}
		catch (NumberFormatException ex) {
			throw new QuotaException("Not a number: " + value, "quota.amount.invalid", Quotas.resolvable(type),
					Quotas.MAX_AMOUNT);
		}
	}

	/** The organiser's overview ({@code orgId} null) or one organisation's page. */
	private String page(PortalUser user, Long orgId, Model model) {
		if (orgId == null) {
			model.addAttribute("overview", this.boards.overview(user));
			return "quota/overview";
		}
		model.addAttribute("board", this.boards.board(user, this.organisations.find(orgId).orElseThrow()));
		return "quota/board";
	}

	private static void requireReviewer(PortalUser user) {
		if (user == null || !user.role().reviews()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/** Another organisation's page is not found, as if it did not exist. */
	private Organisation visible(PortalUser user, Long orgId) {
		if (orgId == null || !this.quotas.mayView(user, orgId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.organisations.find(orgId).orElseThrow();
	}

	/**
	 * What was submitted, to show again with an error or a confirmation.
	 *
	 * @param key the row of the page the form belongs to
	 */
	record Form(String key, String action, String target, String creditCode, String staff, String vip) {

	}

	record Confirmation(Form form, List<AllocationChange> changes) {

	}

}
