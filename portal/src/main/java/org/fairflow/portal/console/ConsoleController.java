package org.fairflow.portal.console;

import java.io.IOException;
import java.util.List;

import org.fairflow.portal.engine.EngineException;
import org.fairflow.portal.engine.ModelDeployment;
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
 * a new version uploaded and published with a note, any version downloaded.
 */
@Controller
class ConsoleController {

	private final ConsoleModels models;

	private final ModelDeployment deployment;

	ConsoleController(ConsoleModels models, ModelDeployment deployment) {
		this.models = models;
		this.deployment = deployment;
	}

	@GetMapping("/console")
	String list(Model model) {
		List<ModelEntry> entries = this.models.entries();
		model.addAttribute("entries", entries);
		return "console/models";
	}

	@PostMapping("/console/models")
	String publish(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "model", required = false) MultipartFile file,
			@RequestParam(name = "changeNote", required = false) String changeNote, RedirectAttributes redirect)
			throws IOException {
		try {
			ModelUpload upload = ModelUpload.of(file, changeNote);
			StoredModel published = this.deployment.publish(upload.fileName(), upload.content(), user.getUsername(),
					upload.changeNote());
			redirect.addFlashAttribute("published", published.getResourceName() + " v" + published.getVersion());
		}
		catch (ModelUpload.Refused ex) {
			refused(redirect, ex.messageKey());
		}
		catch (EngineException ex) {
			refused(redirect,
					(ex.reason() == EngineException.Reason.REFUSED) ? "console.refused" : "engine.unavailable");
			redirect.addFlashAttribute("engineMessage", ex.engineMessage());
		}
		return "redirect:/console";
	}

	/**
	 * Roll back: an older version is published again as the newest version (the engine
	 * never reverts a version; running cases keep theirs).
	 */
	@PostMapping("/console/models/{id}/republish")
	String republish(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		ConsoleModels.Content older = this.models.content(id).orElse(null);
		if (older == null) {
			refused(redirect, "console.versionMissing");
			return "redirect:/console";
		}
		try {
			StoredModel published = this.deployment.publish(older.fileName(), older.bytes(), user.getUsername(),
					"↩ v" + older.version());
			redirect.addFlashAttribute("published", published.getResourceName() + " v" + published.getVersion());
		}
		catch (EngineException ex) {
			refused(redirect, "engine.unavailable");
		}
		return "redirect:/console";
	}

	/** The layout shows a flash error with its arguments: none here. */
	private static void refused(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("errorKey", messageKey);
		redirect.addFlashAttribute("errorArgs", new Object[0]);
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
