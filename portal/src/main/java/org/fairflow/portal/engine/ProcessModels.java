package org.fairflow.portal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models shipped in {@code processes/} ({@code classpath*:models/}): the resources to
 * deploy and a parsed view of each BPMN for names and the element that follows a finished
 * task.
 */
@Component
public class ProcessModels {

	static final String LOCATION = "classpath*:models/**/*.*";

	private final List<Resource> resources;

	private final Map<String, BpmnModelInstance> byProcessId = new HashMap<>();

	ProcessModels() throws IOException {
		this.resources = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
			String name = resource.getFilename();
			if (name != null && (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))) {
				this.resources.add(resource);
				if (name.endsWith(".bpmn")) {
					parse(resource);
				}
			}
		}
	}

	private void parse(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			BpmnModelInstance model = Bpmn.readModelFromStream(in);
			model.getModelElementsByType(Process.class).forEach((p) -> this.byProcessId.put(p.getId(), model));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Resource> resources() {
		return this.resources;
	}

	/**
	 * The process's own start event (not one of a subprocess), where every case begins.
	 */
	public Optional<String> startEventId(String processId) {
		BpmnModelInstance model = this.byProcessId.get(processId);
		if (model == null) {
			return Optional.empty();
		}
		return model.getModelElementsByType(StartEvent.class)
			.stream()
			.filter((event) -> event.getParentElement() instanceof Process p && p.getId().equals(processId))
			.map(StartEvent::getId)
			.findFirst();
	}

	/** The readable name of an element, as the process owner wrote it. */
	public Optional<String> elementName(String processId, String elementId) {
		return flowNode(processId, elementId).map(FlowNode::getName);
	}

	/**
	 * The element a token reaches right after {@code elementId} completes, when there is
	 * exactly one: where a case resumes if the engine is lost between a decision and the
	 * next job.
	 */
	public Optional<String> singleSuccessor(String processId, String elementId) {
		return flowNode(processId, elementId).filter((node) -> node.getOutgoing().size() == 1)
			.map((node) -> node.getOutgoing().iterator().next().getTarget().getId());
	}

	private Optional<FlowNode> flowNode(String processId, String elementId) {
		BpmnModelInstance model = this.byProcessId.get(processId);
		if (model == null || elementId == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(model.getModelElementById(elementId))
			.filter(FlowNode.class::isInstance)
			.map(FlowNode.class::cast);
	}

}
