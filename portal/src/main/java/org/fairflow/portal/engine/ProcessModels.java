package org.fairflow.portal.engine;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;

import org.springframework.stereotype.Component;

/**
 * The process models as the cases run them: a case reads names and the next element from
 * the version it runs on ({@code null}: the latest), out of the model store, so that a
 * version published later does not rename or reroute it.
 */
@Component
public class ProcessModels {

	private final ModelDeployment store;

	/** Parsed versions by stored row id: rows never change. */
	private final Map<Long, BpmnModelInstance> parsed = new ConcurrentHashMap<>();

	ProcessModels(ModelDeployment store) {
		this.store = store;
	}

	/** The parsed model of one version of a process ({@code null}: the latest). */
	public Optional<BpmnModelInstance> model(String processId, Integer version) {
		return this.store.find(StoredModel.Kind.BPMN, processId, version)
			.map((stored) -> this.parsed.computeIfAbsent(stored.getId(),
					(id) -> Bpmn.readModelFromStream(new ByteArrayInputStream(stored.getContent()))));
	}

	/**
	 * The process's own start event (not one of a subprocess), where every case begins.
	 */
	public Optional<String> startEventId(String processId, Integer version) {
		return model(processId, version).flatMap((model) -> model.getModelElementsByType(StartEvent.class)
			.stream()
			.filter((event) -> event.getParentElement() instanceof Process p && p.getId().equals(processId))
			.map(StartEvent::getId)
			.findFirst());
	}

	/** The readable name of an element, as the process owner wrote it. */
	public Optional<String> elementName(String processId, Integer version, String elementId) {
		return flowNode(processId, version, elementId).map(FlowNode::getName);
	}

	/**
	 * The name of a step in a case's history: from the version the case runs on, else
	 * from the newest version that has it (a migrated case has steps of several
	 * versions).
	 */
	/** {@link #stepName(String, Integer, String)} in the reader's language. */
	public Optional<String> stepName(String processId, Integer version, String elementId, Locale locale) {
		return stepName(processId, version, elementId).map((name) -> StepNames.inLanguage(name, locale));
	}

	public Optional<String> stepName(String processId, Integer version, String elementId) {
		Optional<String> own = elementName(processId, version, elementId);
		if (own.isPresent()) {
			return own;
		}
		Integer latest = this.store.find(StoredModel.Kind.BPMN, processId, null)
			.map(StoredModel::getVersion)
			.orElse(null);
		for (int older = (latest != null) ? latest : 0; older > 0; older--) {
			Optional<String> name = elementName(processId, older, elementId);
			if (name.isPresent()) {
				return name;
			}
		}
		return Optional.empty();
	}

	/**
	 * The element a token reaches right after {@code elementId} completes, when there is
	 * exactly one: where a case resumes if the engine is lost between a decision and the
	 * next job.
	 */
	public Optional<String> singleSuccessor(String processId, Integer version, String elementId) {
		return flowNode(processId, version, elementId).filter((node) -> node.getOutgoing().size() == 1)
			.map((node) -> node.getOutgoing().iterator().next().getTarget().getId());
	}

	/** A flow node of one version of a process. */
	public Optional<FlowNode> flowNode(String processId, Integer version, String elementId) {
		if (elementId == null) {
			return Optional.empty();
		}
		return model(processId, version).map((model) -> model.getModelElementById(elementId))
			.filter(FlowNode.class::isInstance)
			.map(FlowNode.class::cast);
	}

}
