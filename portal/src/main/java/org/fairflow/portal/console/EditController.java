package org.fairflow.portal.console;

import java.util.List;
import java.util.Objects;

import org.fairflow.portal.engine.StoredModel;
import org.fairflow.portal.security.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Small changes without a modeler (issue 8, point 7): on the latest version of a process,
 * a notification's texts, a user task's candidate groups, a deadline's duration; on the
 * latest version of a decision, one rule row. Each edit makes a draft of a new version
 * that goes through the same preview and publishing as an upload.
 */
@Controller
class EditController {

	private final ConsoleModels models;

	private final ModelReview review;

	private final ModelDrafts drafts;

	EditController(ConsoleModels models, ModelReview review, ModelDrafts drafts) {
		this.models = models;
		this.review = review;
		this.drafts = drafts;
	}

	/** The page of a model's latest version; an older version's id leads there too. */
	@GetMapping("/console/models/{id}/edit")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		StoredModel latest = latest(id);
		if (latest == null) {
			ConsoleFlash.error(redirect, "console.versionMissing");
			return "redirect:/console";
		}
		if (!latest.getId().equals(id)) {
			return "redirect:/console/models/" + latest.getId() + "/edit";
		}
		model.addAttribute("latest", latest);
		try {
			if (latest.getKind() == StoredModel.Kind.BPMN) {
				model.addAttribute("process", ModelEdits.processEditables(latest.getContent()));
			}
			else if (latest.getKind() == StoredModel.Kind.DMN) {
				model.addAttribute("tables", DecisionEdits.decisionTables(latest.getContent()));
			}
		}
		catch (ModelDiff.Unreadable ex) {
			model.addAttribute("unreadable", ex.getMessage());
		}
		return "console/edit";
	}

	@PostMapping("/console/models/{id}/edit/text")
	String text(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam String elementId,
			@RequestParam(required = false) String template, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String templateEn, @RequestParam(required = false) String subjectEn,
			RedirectAttributes redirect) {
		return draft(user, id, redirect, elementId,
				(content) -> ModelEdits.notificationText(content, elementId, template, subject, templateEn, subjectEn));
	}

	@PostMapping("/console/models/{id}/edit/groups")
	String groups(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam String elementId,
			@RequestParam(required = false) String candidateGroups, RedirectAttributes redirect) {
		return draft(user, id, redirect, elementId,
				(content) -> ModelEdits.candidateGroups(content, elementId, candidateGroups));
	}

	@PostMapping("/console/models/{id}/edit/deadline")
	String deadline(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam String variable,
			@RequestParam(required = false) String duration, RedirectAttributes redirect) {
		return draft(user, id, redirect, variable, (content) -> ModelEdits.deadline(content, variable, duration));
	}

	@PostMapping("/console/models/{id}/edit/rule")
	String rule(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam String ruleId,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		// Entries are read as sent: a FEEL list ("A","B") is one entry, not two.
		List<String> inputs = Objects.requireNonNullElse(params.get("input"), List.of());
		List<String> outputs = Objects.requireNonNullElse(params.get("output"), List.of());
		return draft(user, id, redirect, ruleId, (content) -> DecisionEdits.rule(content, ruleId, inputs, outputs));
	}

	/** One edit of the latest version: a draft, or back to the page with the reason. */
	private String draft(PortalUser user, long id, RedirectAttributes redirect, String what, Edit edit) {
		StoredModel latest = latest(id);
		if (latest == null) {
			ConsoleFlash.error(redirect, "console.versionMissing");
			return "redirect:/console";
		}
		if (!latest.getId().equals(id)) {
			ConsoleFlash.error(redirect, "console.draftStale");
			return "redirect:/console/models/" + latest.getId() + "/edit";
		}
		try {
			byte[] changed = edit.apply(latest.getContent());
			ModelDraft draft = this.drafts.create(user.getUsername(), latest.getResourceName(), changed, latest.getId(),
					ModelDraft.Origin.EDIT, "✎ " + what);
			return "redirect:/console/drafts/" + draft.getId();
		}
		catch (ModelEdits.Invalid ex) {
			ConsoleFlash.error(redirect, ex.messageKey(), ex.args());
			return "redirect:/console/models/" + id + "/edit";
		}
	}

	/** The latest stored version of the file that version {@code id} belongs to. */
	private StoredModel latest(long id) {
		return this.models.version(id).flatMap((version) -> this.review.latest(version.getResourceName())).orElse(null);
	}

	@FunctionalInterface
	private interface Edit {

		byte[] apply(byte[] content) throws ModelEdits.Invalid;

	}

}
