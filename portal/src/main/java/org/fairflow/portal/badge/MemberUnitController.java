package org.fairflow.portal.badge;

import org.fairflow.portal.security.PortalUser;
import org.fairflow.portal.security.Role;
import org.fairflow.portal.web.RequestValues;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser keeps its member units (会员单位), the list the DMN {@code badge-upgrade-fee}
 * reads: search, add one, paste many, remove. Organisers only; anyone else is forbidden.
 */
@Controller
@RequestMapping("/badge/member-units")
class MemberUnitController {

	private final MemberUnits members;

	MemberUnitController(MemberUnits members) {
		this.members = members;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") String page, Model model) {
		Long organiser = organiserOf(user);
		model.addAttribute("members", this.members.list(organiser, q, RequestValues.page(page)));
		model.addAttribute("q", (q == null) ? "" : q.strip());
		model.addAttribute("maxName", MemberUnits.MAX_NAME);
		model.addAttribute("maxLines", MemberUnits.MAX_LINES);
		return "badge/member-units";
	}

	@PostMapping
	String add(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		Long organiser = organiserOf(user);
		MemberUnits.Outcome outcome = this.members.addChecked(organiser, (name == null) ? "" : name);
		String key = switch (outcome) {
			case ADDED -> "badge.members.added";
			case DUPLICATE -> "badge.members.duplicate";
			case EMPTY -> "badge.members.empty";
			case TOO_LONG -> "badge.members.tooLong";
		};
		redirect.addFlashAttribute((outcome == MemberUnits.Outcome.ADDED) ? "successKey" : "errorKey", key);
		redirect.addFlashAttribute((outcome == MemberUnits.Outcome.ADDED) ? "successArgs" : "errorArgs",
				new Object[] { MemberUnits.normalise(name), MemberUnits.MAX_NAME });
		return "redirect:/badge/member-units";
	}

	@PostMapping("/bulk")
	String addMany(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String names,
			RedirectAttributes redirect) {
		Long organiser = organiserOf(user);
		if (names != null && names.lines().count() > MemberUnits.MAX_LINES) {
			redirect.addFlashAttribute("errorKey", "badge.members.tooManyLines");
			redirect.addFlashAttribute("errorArgs", new Object[] { MemberUnits.MAX_LINES });
			return "redirect:/badge/member-units";
		}
		redirect.addFlashAttribute("bulkReport", this.members.addMany(organiser, names));
		return "redirect:/badge/member-units";
	}

	@PostMapping("/{id}/remove")
	String remove(@AuthenticationPrincipal PortalUser user, @PathVariable String id, RedirectAttributes redirect) {
		Long organiser = organiserOf(user);
		boolean removed = RequestValues.id(id)
			.map((memberId) -> this.members.remove(organiser, memberId))
			.orElse(false);
		redirect.addFlashAttribute(removed ? "successKey" : "errorKey",
				removed ? "badge.members.removed" : "badge.members.notFound");
		return "redirect:/badge/member-units";
	}

	private Long organiserOf(PortalUser user) {
		if (user == null || user.role() != Role.ORGANISER) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.members.organiserOf(user.organisationId());
	}

}
