package org.fairflow.portal.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;
import org.fairflow.processes.ModelElements;
import org.fairflow.processes.ModelRules;
import org.fairflow.processes.Finding;
import org.fairflow.processes.Severity;
import org.fairflow.workers.job.Worker;

import org.springframework.stereotype.Component;

/**
 * The preview of a model before it is published: what {@link ModelRules} finds in it and
 * what changed against the latest stored version of the same file. The engine still
 * judges whether the model is valid BPMN or DMN when it is published.
 */
@Component
public class ModelReview {

	/**
	 * A model's preview.
	 *
	 * @param latest the latest stored version of the file, or null for a new file
	 * @param findings errors first, then warnings
	 * @param diff what changed against {@code latest}, or null (a new file, or a model
	 * the portal cannot read)
	 */
	public record Review(StoredModel latest, List<Finding> findings, ModelDiff diff) {

		public List<Finding> errors() {
			return ModelRules.only(this.findings, Severity.ERROR);
		}

		public List<Finding> warnings() {
			return ModelRules.only(this.findings, Severity.WARNING);
		}

	}

	private final ModelDeployment deployment;

	private final Set<String> servedJobTypes;

	ModelReview(ModelDeployment deployment, List<Worker> workers) {
		this.deployment = deployment;
		Set<String> served = new LinkedHashSet<>();
		workers.forEach((worker) -> served.add(worker.jobType()));
		served.add(ModelRules.USER_TASK_JOB_TYPE);
		this.servedJobTypes = Set.copyOf(served);
	}

	Set<String> servedJobTypes() {
		return this.servedJobTypes;
	}

	/** The latest stored version of a file. */
	Optional<StoredModel> latest(String resourceName) {
		List<StoredModel> versions = versions(resourceName);
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
	}

	Review review(String resourceName, byte[] content) {
		List<StoredModel> earlier = versions(resourceName);
		StoredModel latest = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
		StoredModel.Kind kind = kind(resourceName);
		List<Finding> findings = new ArrayList<>();
		ModelDiff diff = null;
		if (latest != null && Arrays.equals(latest.getContent(), content)) {
			findings.add(
					new Finding(Severity.ERROR, null, null, "unchanged", List.of(String.valueOf(latest.getVersion()))));
		}
		try {
			ModelDiff.items(kind, content);
			if (kind == StoredModel.Kind.BPMN) {
				BpmnModelInstance model = BpmnItems.read(content);
				findings.addAll(ModelRules.check(model, this.servedJobTypes, knownVariables(earlier)));
			}
			if (latest != null) {
				diff = ModelDiff.between(kind, latest.getContent(), content);
			}
		}
		catch (ModelDiff.Unreadable ex) {
			findings.add(new Finding(Severity.WARNING, null, null, "unreadable", List.of(abbreviate(ex.getMessage()))));
		}
		findings.sort((a, b) -> a.severity().compareTo(b.severity()));
		return new Review(latest, List.copyOf(findings), diff);
	}

	/**
	 * What a placeholder may name: what earlier versions of the process filled or named
	 * in their texts (the portal's start variables among them).
	 */
	private static Set<String> knownVariables(List<StoredModel> earlier) {
		Set<String> known = new LinkedHashSet<>();
		for (StoredModel version : earlier) {
			try {
				BpmnModelInstance model = BpmnItems.read(version.getContent());
				known.addAll(ModelElements.filledVariables(model));
				known.addAll(ModelElements.placeholderVariables(model));
			}
			catch (ModelDiff.Unreadable ex) {
				// Deployed once, so readable; nothing to learn from it otherwise.
			}
		}
		return known;
	}

	private List<StoredModel> versions(String resourceName) {
		return this.deployment.history().stream().filter((m) -> m.getResourceName().equals(resourceName)).toList();
	}

	static StoredModel.Kind kind(String resourceName) {
		String name = resourceName.toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".bpmn")) {
			return StoredModel.Kind.BPMN;
		}
		return name.endsWith(".dmn") ? StoredModel.Kind.DMN : StoredModel.Kind.FORM;
	}

	private static String abbreviate(String message) {
		String text = String.valueOf(message).strip();
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
