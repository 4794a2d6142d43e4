package org.fairflow.portal.console;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One stored version as the owner reads it: a process as its diagram (drawn in the
 * browser from {@code /xml}), a decision as its tables, a form as its JSON.
 */
@Controller
class ModelVersionController {

	private final ModelDeployment deployment;

	private final ObjectMapper json;

	ModelVersionController(ModelDeployment deployment, ObjectMapper json) {
		this.deployment = deployment;
		this.json = json;
	}

	@GetMapping("/console/models/{id}")
	String show(@PathVariable long id, Model model) {
		StoredModel version = find(id);
		model.addAttribute("model", version);
		switch (version.getKind()) {
			case BPMN -> {
			}
			case DMN -> {
				try {
					model.addAttribute("tables", DecisionTables.read(version.getContent()));
				}
				catch (DecisionTables.Unreadable ex) {
					model.addAttribute("unreadable", true);
				}
			}
			case FORM -> model.addAttribute("formJson", prettyJson(version.getContent()));
		}
		return "console/version";
	}

	/** The XML of a process or decision version, for the page's script. */
	@GetMapping("/console/models/{id}/xml")
	ResponseEntity<byte[]> xml(@PathVariable long id) {
		StoredModel version = find(id);
		if (version.getKind() == StoredModel.Kind.FORM) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
			.body(version.getContent());
	}

	private StoredModel find(long id) {
		return this.deployment.version(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Indented for reading; as stored when it is no JSON (the engine took it anyway). */
	private String prettyJson(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		try {
			return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(this.json.readTree(text));
		}
		catch (JsonProcessingException ex) {
			return text;
		}
	}

}
