package org.fairflow.portal.console;

import java.util.Objects;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;
import org.fairflow.portal.security.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of publishing: a draft's preview (what the checks find, what changed
 * against the latest version), then publish it with a change note or cancel it. Errors
 * block publishing; warnings must be confirmed. A draft made on a version that is no
 * longer the latest is not published: it would undo what was published since.
 */
@Controller
class DraftController {

	private final ModelDrafts drafts;

	private final ModelReview review;

	private final ModelDeployment deployment;

	DraftController(ModelDrafts drafts, ModelReview review, ModelDeployment deployment) {
		this.drafts = drafts;
		this.review = review;
		this.deployment = deployment;
	}

	@GetMapping("/console/drafts/{id}")
	String preview(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		ModelDraft draft = this.drafts.find(id, user.getUsername()).orElse(null);
		if (draft == null) {
			ConsoleFlash.error(redirect, "console.draftMissing");
			return "redirect:/console";
		}
		ModelReview.Review review = this.review.review(draft.getResourceName(), draft.getContent());
		model.addAttribute("draft", draft);
		model.addAttribute("review", review);
		model.addAttribute("stale", stale(draft, review.latest()));
		return "console/draft";
	}

	@PostMapping("/console/drafts/{id}/publish")
	String publish(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "changeNote", required = false) String changeNote,
			@RequestParam(name = "confirmWarnings", defaultValue = "false") boolean confirmWarnings,
			RedirectAttributes redirect) {
		ModelDraft draft = this.drafts.find(id, user.getUsername()).orElse(null);
		if (draft == null) {
			ConsoleFlash.error(redirect, "console.draftMissing");
			return "redirect:/console";
		}
		String back = "redirect:/console/drafts/" + id;
		String note = (changeNote != null && !changeNote.isBlank()) ? changeNote.strip() : null;
		if (note != null && note.length() > 1000) {
			ConsoleFlash.error(redirect, "console.noteTooLong");
			return back;
		}
		ModelReview.Review review = this.review.review(draft.getResourceName(), draft.getContent());
		if (stale(draft, review.latest())) {
			ConsoleFlash.error(redirect, "console.draftStale");
			return back;
		}
		if (!review.errors().isEmpty()) {
			ConsoleFlash.error(redirect, "console.blocked", review.errors().size());
			return back;
		}
		if (!review.warnings().isEmpty() && !confirmWarnings) {
			ConsoleFlash.error(redirect, "console.confirmWarnings", review.warnings().size());
			return back;
		}
		try {
			StoredModel published = this.deployment.publish(draft.getResourceName(), draft.getContent(),
					user.getUsername(), note);
			this.drafts.delete(draft);
			redirect.addFlashAttribute("published", published.getResourceName() + " v" + published.getVersion());
			return "redirect:/console";
		}
		catch (EngineException ex) {
			if (ex.reason() == EngineException.Reason.REFUSED) {
				ConsoleFlash.error(redirect, "console.refused");
				redirect.addFlashAttribute("engineMessage", ex.engineMessage());
			}
			else {
				ConsoleFlash.error(redirect, "engine.unavailable");
			}
			return back;
		}
	}

	@PostMapping("/console/drafts/{id}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		this.drafts.find(id, user.getUsername()).ifPresent(this.drafts::delete);
		return "redirect:/console";
	}

	/** Another version was published since the draft was made. */
	private static boolean stale(ModelDraft draft, StoredModel latest) {
		return !Objects.equals(draft.getBaseId(), (latest != null) ? latest.getId() : null);
	}

}
