package org.fairflow.portal.unified;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.fairflow.portal.export.ExportFormat;
import org.fairflow.portal.export.Exports;
import org.fairflow.portal.org.Organisation;
import org.fairflow.portal.org.OrganisationKind;
import org.fairflow.portal.org.Organisations;
import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The /unified page of a delegation's reviewers: the switch (confirmed by an SMS code)
 * and the per-unit cap. A delegation only ever sees its own page; anyone else is
 * forbidden.
 */
@Controller
@RequestMapping("/unified")
class UnifiedController {

	private final UnifiedPayment payment;

	private final SwitchCodes codes;

	private final UnifiedBoards boards;

	private final Organisations organisations;

	private final UnifiedBoardExport export;

	private final Exports exports;

	UnifiedController(UnifiedPayment payment, SwitchCodes codes, UnifiedBoards boards, Organisations organisations,
			UnifiedBoardExport export, Exports exports) {
		this.export = export;
		this.exports = exports;
		this.payment = payment;
		this.codes = codes;
		this.boards = boards;
		this.organisations = organisations;
	}

	@GetMapping
	String show(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "1") int page, Model model) {
		return page(delegationOf(user), page, model);
	}

	/** Every unit row of the delegation's own board as XLSX or CSV. */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String format, Locale locale,
			HttpServletResponse response) throws IOException {
		ExportFormat chosen = ExportFormat.of(format);
		this.exports.write(this.export.table(delegationOf(user), locale), chosen, response);
	}

	@PostMapping("/code")
	String requestCode(@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		Organisation delegation = delegationOf(user);
		try {
			this.codes.request(delegation.getId(), user.getUsername());
		}
		catch (UnifiedException ex) {
			return refused(delegation, ex.messageKey(), ex.arguments(), model);
		}
		redirect.addFlashAttribute("successKey", "unified.code.sent");
		return "redirect:/unified";
	}

	@PostMapping("/switch")
	String switchWithCode(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String code,
			Model model, RedirectAttributes redirect) {
		Organisation delegation = delegationOf(user);
		SwitchCodes.Verification result = this.codes.verify(delegation.getId(), code, user.getUsername());
		if (!result.succeeded()) {
			return refused(delegation, result.messageKey(), result.arguments(), model);
		}
		redirect.addFlashAttribute("successKey", "unified.switched." + result.switched());
		return "redirect:/unified";
	}

	@PostMapping("/cap")
	String changeCap(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String cap, Model model,
			RedirectAttributes redirect) {
		Organisation delegation = delegationOf(user);
		try {
			this.payment.changeCap(delegation.getId(), cap, user.getUsername());
		}
		catch (UnifiedException ex) {
			model.addAttribute("rejectedCap", cap);
			return refused(delegation, ex.messageKey(), ex.arguments(), model);
		}
		redirect.addFlashAttribute("successKey", "unified.cap.saved");
		return "redirect:/unified";
	}

	private String refused(Organisation delegation, String key, Object[] args, Model model) {
		model.addAttribute("errorKey", key);
		model.addAttribute("errorArgs", args);
		return page(delegation, 1, model);
	}

	private String page(Organisation delegation, int page, Model model) {
		model.addAttribute("board", this.boards.board(delegation, page));
		return "unified/board";
	}

	/**
	 * Only a delegation's own reviewers; sub-delegations, units and the organiser are
	 * not.
	 */
	private Organisation delegationOf(PortalUser user) {
		if (user == null || user.role() != Role.DELEGATION_REVIEWER) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.organisations.find(user.organisationId())
			.filter((org) -> org.getKind() == OrganisationKind.DELEGATION)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
