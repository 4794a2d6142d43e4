package org.fairflow.portal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;

import org.springframework.core.io.ClassPathResource;

/**
 * What a process owner does in a modeler, done to a shipped model for a test: the result
 * is a new file to upload, nothing else changes.
 */
public final class ModelEdit {

	private final String fileName;

	private final BpmnModelInstance model;

	private ModelEdit(String fileName, BpmnModelInstance model) {
		this.fileName = fileName;
		this.model = model;
	}

	/** A model shipped in {@code processes/}, e.g. {@code unit-review.bpmn}. */
	public static ModelEdit of(String fileName) {
		try (InputStream in = new ClassPathResource("models/" + fileName).getInputStream()) {
			return new ModelEdit(fileName, Bpmn.readModelFromStream(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String fileName() {
		return this.fileName;
	}

	/** Sets (or adds) a custom header of a task: an SMS text, an e-mail subject. */
	public ModelEdit header(String elementId, String key, String value) {
		BaseElement element = element(elementId);
		ZeebeTaskHeaders headers = element.getSingleExtensionElement(ZeebeTaskHeaders.class);
		ZeebeHeader header = headers.getHeaders()
			.stream()
			.filter((h) -> h.getKey().equals(key))
			.findFirst()
			.orElseGet(() -> {
				ZeebeHeader added = this.model.newInstance(ZeebeHeader.class);
				added.setKey(key);
				headers.getHeaders().add(added);
				return added;
			});
		header.setValue(value);
		return this;
	}

	public ModelEdit candidateGroups(String elementId, String groups) {
		element(elementId).getSingleExtensionElement(ZeebeAssignmentDefinition.class).setCandidateGroups(groups);
		return this;
	}

	/** Replaces text in an input mapping of an element, e.g. a deadline's duration. */
	public ModelEdit input(String elementId, String target, String from, String to) {
		ZeebeInput input = this.model.getModelElementsByType(ZeebeInput.class)
			.stream()
			.filter((i) -> i.getTarget().equals(target))
			.filter((i) -> ((BaseElement) i.getParentElement().getParentElement().getParentElement()).getId()
				.equals(elementId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No input " + target + " on " + elementId));
		if (!input.getSource().contains(from)) {
			throw new IllegalArgumentException(target + " does not contain " + from);
		}
		input.setSource(input.getSource().replace(from, to));
		return this;
	}

	/**
	 * Puts new elements into a sequence flow: they start where the flow started (keeping
	 * its condition) and the last one leads to where the flow led.
	 */
	public ModelEdit insertInto(String flowId,
			Function<AbstractFlowNodeBuilder<?, ?>, AbstractFlowNodeBuilder<?, ?>> elements) {
		SequenceFlow flow = element(flowId);
		FlowNode source = flow.getSource();
		String target = flow.getTarget().getId();
		ConditionExpression condition = flow.getConditionExpression();
		remove(flow);
		AbstractFlowNodeBuilder<?, ?> start = source.builder().sequenceFlowId(flowId);
		if (condition != null) {
			start = start.conditionExpression(condition.getTextContent());
		}
		elements.apply(start).sequenceFlowId(flowId + "_Continued").connectTo(target);
		return this;
	}

	/** Reconnects an existing sequence flow to another source and target. */
	public ModelEdit rewire(String flowId, String sourceId, String targetId) {
		SequenceFlow flow = element(flowId);
		flow.getSource().getOutgoing().remove(flow);
		flow.getTarget().getIncoming().remove(flow);
		FlowNode source = element(sourceId);
		FlowNode target = element(targetId);
		flow.setSource(source);
		flow.setTarget(target);
		source.getOutgoing().add(flow);
		target.getIncoming().add(flow);
		return this;
	}

	public byte[] bytes() {
		Bpmn.validateModel(this.model);
		return Bpmn.convertToString(this.model).getBytes(StandardCharsets.UTF_8);
	}

	private void remove(SequenceFlow flow) {
		flow.getSource().getOutgoing().remove(flow);
		flow.getTarget().getIncoming().remove(flow);
		this.model.getModelElementsByType(BpmnEdge.class)
			.stream()
			.filter((edge) -> edge.getBpmnElement() == flow)
			.findFirst()
			.ifPresent((edge) -> edge.getParentElement().removeChildElement(edge));
		flow.getParentElement().removeChildElement(flow);
	}

	@SuppressWarnings("unchecked")
	private <T extends BaseElement> T element(String id) {
		T element = this.model.getModelElementById(id);
		if (element == null) {
			throw new IllegalArgumentException("No element " + id + " in " + this.fileName);
		}
		return element;
	}

}
