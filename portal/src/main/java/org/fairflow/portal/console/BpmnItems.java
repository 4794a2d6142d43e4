package org.fairflow.portal.console;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.Documentation;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import org.camunda.bpm.model.xml.impl.ModelInstanceImpl;
import org.camunda.bpm.model.xml.impl.util.ModelUtil;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.type.attribute.Attribute;

/**
 * The elements of a process model for the diff: the process, every flow node and every
 * sequence flow, each with what a process owner changes (name, job type, groups, due
 * date, timers, headers, mappings, conditions, wiring).
 */
final class BpmnItems {

	/** Zeebe extension attributes with a name of their own in the diff. */
	private static final Map<String, String> ASPECTS = Map.of("taskDefinition.type", "jobType",
			"taskDefinition.retries", "retries", "assignmentDefinition.candidateGroups", "candidateGroups",
			"assignmentDefinition.candidateUsers", "candidateUsers", "assignmentDefinition.assignee", "assignee",
			"taskSchedule.dueDate", "dueDate", "taskSchedule.followUpDate", "followUpDate", "formDefinition.formKey",
			"formKey", "calledDecision.decisionId", "calledDecision", "calledDecision.resultVariable",
			"resultVariable");

	private BpmnItems() {
	}

	static BpmnModelInstance read(byte[] content) throws ModelDiff.Unreadable {
		try {
			return Bpmn.readModelFromStream(new ByteArrayInputStream(content));
		}
		catch (RuntimeException ex) {
			throw new ModelDiff.Unreadable(rootMessage(ex), ex);
		}
	}

	static List<ModelDiff.Item> of(byte[] content) throws ModelDiff.Unreadable {
		return of(read(content));
	}

	static List<ModelDiff.Item> of(BpmnModelInstance model) {
		List<ModelDiff.Item> items = new ArrayList<>();
		for (Process process : model.getModelElementsByType(Process.class)) {
			items.add(item(process));
		}
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			items.add(item(element));
		}
		return items;
	}

	private static ModelDiff.Item item(BaseElement element) {
		Map<String, String> properties = new LinkedHashMap<>();
		String documentation = element.getDocumentations()
			.stream()
			.map(Documentation::getTextContent)
			.map(String::strip)
			.collect(Collectors.joining("\n"));
		put(properties, "documentation", documentation);
		if (element instanceof SequenceFlow flow) {
			put(properties, "source", flow.getSource().getId());
			put(properties, "target", flow.getTarget().getId());
			ConditionExpression condition = flow.getConditionExpression();
			put(properties, "condition", (condition != null) ? condition.getTextContent().strip() : null);
		}
		put(properties, "default", element.getAttributeValue("default"));
		if (element instanceof BoundaryEvent boundary) {
			put(properties, "attachedTo", boundary.getAttachedTo().getId());
			put(properties, "cancelActivity", String.valueOf(boundary.cancelActivity()));
		}
		for (ModelElementInstance child : element.getChildElementsByType(EventDefinition.class)) {
			eventDefinition(properties, (EventDefinition) child);
		}
		if (element.getExtensionElements() != null) {
			for (ModelElementInstance extension : element.getExtensionElements().getElementsQuery().list()) {
				extension(properties, extension);
			}
		}
		return new ModelDiff.Item(element.getId(), blankToNull(element.getAttributeValue("name")),
				element.getElementType().getTypeName(), properties);
	}

	private static void eventDefinition(Map<String, String> properties, EventDefinition definition) {
		if (definition instanceof TimerEventDefinition timer) {
			if (timer.getTimeDate() != null) {
				put(properties, "timer|timeDate", timer.getTimeDate().getTextContent().strip());
			}
			if (timer.getTimeDuration() != null) {
				put(properties, "timer|timeDuration", timer.getTimeDuration().getTextContent().strip());
			}
			if (timer.getTimeCycle() != null) {
				put(properties, "timer|timeCycle", timer.getTimeCycle().getTextContent().strip());
			}
		}
		else if (definition instanceof MessageEventDefinition message) {
			put(properties, "message", (message.getMessage() != null) ? message.getMessage().getName() : "");
		}
		else if (definition instanceof ErrorEventDefinition error) {
			put(properties, "error", (error.getError() != null) ? error.getError().getErrorCode() : "");
		}
		else if (definition instanceof SignalEventDefinition signal) {
			put(properties, "signal", (signal.getSignal() != null) ? signal.getSignal().getName() : "");
		}
		else {
			put(properties, "eventDefinition", definition.getElementType().getTypeName());
		}
	}

	private static void extension(Map<String, String> properties, ModelElementInstance extension) {
		if (extension == null) {
			return;
		}
		if (extension instanceof ZeebeTaskHeaders headers) {
			for (ZeebeHeader header : headers.getHeaders()) {
				put(properties, "header|" + header.getKey(), header.getValue());
			}
			return;
		}
		if (extension instanceof ZeebeIoMapping mapping) {
			for (ZeebeInput input : mapping.getInputs()) {
				put(properties, "input|" + input.getTarget(), input.getSource());
			}
			for (ZeebeOutput output : mapping.getOutputs()) {
				put(properties, "output|" + output.getTarget(), output.getSource());
			}
			return;
		}
		String local = extension.getElementType().getTypeName();
		if (extension instanceof ZeebeExecutionListener listener) {
			put(properties, "listener|" + listener.getEventType(), listener.getType());
			return;
		}
		for (Attribute<?> attribute : extension.getElementType().getAttributes()) {
			Object value = attribute.getValue(extension);
			if (value != null) {
				String key = local + "." + attribute.getAttributeName();
				properties.put(ASPECTS.getOrDefault(key, "extension|" + key), String.valueOf(value));
			}
		}
		for (DomElement child : extension.getDomElement().getChildElements()) {
			extension(properties, ModelUtil.getModelElement(child, (ModelInstanceImpl) extension.getModelInstance()));
		}
	}

	private static void put(Map<String, String> properties, String key, String value) {
		if (value != null && !value.isEmpty()) {
			properties.put(key, value);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

}
