package org.fairflow.portal.console;

import java.io.IOException;
import java.util.List;

import org.fairflow.portal.engine.StoredModel;
import org.fairflow.portal.security.PortalUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The process owner's console: every model with its versions and the open cases on each,
 * a new version uploaded (or an older one rolled back to) and previewed before it is
 * published with a note ({@link DraftController}), any version downloaded.
 */
@Controller
class ConsoleController {

	private final ConsoleModels models;

	private final ModelDrafts drafts;

	private final ModelReview review;

	ConsoleController(ConsoleModels models, ModelDrafts drafts, ModelReview review) {
		this.models = models;
		this.drafts = drafts;
		this.review = review;
	}

	@GetMapping("/console")
	String list(Model model) {
		List<ModelEntry> entries = this.models.entries();
		model.addAttribute("entries", entries);
		return "console/models";
	}

	/** An upload becomes a draft; its preview shows the checks and the diff. */
	@PostMapping("/console/models")
	String upload(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "model", required = false) MultipartFile file,
			@RequestParam(name = "changeNote", required = false) String changeNote, RedirectAttributes redirect)
			throws IOException {
		try {
			ModelUpload upload = ModelUpload.of(file, changeNote);
			ModelDraft draft = this.drafts.create(user.getUsername(), upload.fileName(), upload.content(),
					this.review.latest(upload.fileName()).map(StoredModel::getId).orElse(null),
					ModelDraft.Origin.UPLOAD, upload.changeNote());
			return "redirect:/console/drafts/" + draft.getId();
		}
		catch (ModelUpload.Refused ex) {
			ConsoleFlash.error(redirect, ex.messageKey());
			return "redirect:/console";
		}
	}

	/**
	 * Roll back: an older version is published again as the newest version (the engine
	 * never reverts a version; running cases keep theirs), through the same preview.
	 */
	@PostMapping("/console/models/{id}/republish")
	String republish(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		ConsoleModels.Content older = this.models.content(id).orElse(null);
		if (older == null) {
			ConsoleFlash.error(redirect, "console.versionMissing");
			return "redirect:/console";
		}
		ModelDraft draft = this.drafts.create(user.getUsername(), older.fileName(), older.bytes(),
				this.review.latest(older.fileName()).map(StoredModel::getId).orElse(null), ModelDraft.Origin.ROLLBACK,
				"↩ v" + older.version());
		return "redirect:/console/drafts/" + draft.getId();
	}

	@GetMapping("/console/models/{id}/download")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		return this.models.content(id)
			.map((content) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(content.fileName()).build().toString())
				.body(content.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
