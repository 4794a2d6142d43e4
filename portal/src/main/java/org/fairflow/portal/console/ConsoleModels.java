package org.fairflow.portal.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.StoredModel;

import org.springframework.stereotype.Component;

/** What the console lists: the model store by file, with the open cases per version. */
@Component
class ConsoleModels {

	/** A stored version's file, to download or publish again. */
	record Content(String fileName, byte[] bytes, Integer version) {
	}

	private final ModelDeployment deployment;

	private final Cases cases;

	ConsoleModels(ModelDeployment deployment, Cases cases) {
		this.deployment = deployment;
		this.cases = cases;
	}

	/** Processes first, then decisions and forms; each by file name. */
	List<ModelEntry> entries() {
		Map<String, List<StoredModel>> byFile = new LinkedHashMap<>();
		for (StoredModel model : this.deployment.history()) {
			byFile.computeIfAbsent(model.getResourceName(), (name) -> new ArrayList<>()).add(0, model);
		}
		return byFile.values()
			.stream()
			.map(this::entry)
			.sorted(Comparator.comparing((ModelEntry e) -> e.kind()).thenComparing(ModelEntry::fileName))
			.toList();
	}

	Optional<Content> content(long id) {
		return this.deployment.version(id)
			.map((model) -> new Content(model.getResourceName(), model.getContent(), model.getVersion()));
	}

	Optional<StoredModel> version(long id) {
		return this.deployment.version(id);
	}

	private ModelEntry entry(List<StoredModel> versions) {
		StoredModel latest = versions.get(0);
		Map<Integer, Long> open = (latest.getKind() == StoredModel.Kind.BPMN)
				? this.cases.openCasesPerVersion(latest.getResourceId()) : Map.of();
		return new ModelEntry(latest.getResourceName(), latest.getKind(), latest.getResourceId(), versions, open);
	}

}
