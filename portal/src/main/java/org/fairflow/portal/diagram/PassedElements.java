package org.fairflow.portal.diagram;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;

/**
 * The elements a case passed without a job, so without a step of their own: a decision
 * the engine evaluates, a gateway, the end event. They are read off the model: after a
 * step the case left, a single outgoing flow leads on through such elements until a
 * branch.
 */
final class PassedElements {

	private PassedElements() {
	}

	/**
	 * @param model the version the case runs on
	 * @param steps the case's steps in order
	 * @param current where the case waits now
	 * @param closed whether the case has ended (then it left its last step too)
	 */
	static Set<String> of(BpmnModelInstance model, List<String> steps, Set<String> current, boolean closed) {
		Set<String> left = new LinkedHashSet<>(steps.subList(0, Math.max(0, steps.size() - 1)));
		if (closed && !steps.isEmpty()) {
			left.add(steps.get(steps.size() - 1));
		}
		left.removeAll(current);
		Set<String> passed = new LinkedHashSet<>();
		for (String stepId : left) {
			if (model.getModelElementById(stepId) instanceof FlowNode step && !interruptible(model, step)) {
				follow(step, current, passed);
			}
		}
		return passed;
	}

	private static void follow(FlowNode from, Set<String> current, Set<String> passed) {
		Set<String> seen = new HashSet<>();
		FlowNode node = from;
		while (node.getOutgoing().size() == 1) {
			FlowNode next = node.getOutgoing().iterator().next().getTarget();
			if (!withoutJob(next) || current.contains(next.getId()) || !seen.add(next.getId())) {
				return;
			}
			passed.add(next.getId());
			node = next;
		}
	}

	/**
	 * An element the engine passes without a job. An event-based gateway is left out: the
	 * case waits there.
	 */
	private static boolean withoutJob(FlowNode node) {
		if (node instanceof Gateway) {
			return !(node instanceof EventBasedGateway);
		}
		if (node instanceof BusinessRuleTask task) {
			return task.getSingleExtensionElement(ZeebeCalledDecision.class) != null;
		}
		return node instanceof EndEvent;
	}

	/** A boundary event may have taken the case elsewhere before the step completed. */
	private static boolean interruptible(BpmnModelInstance model, FlowNode step) {
		return model.getModelElementsByType(BoundaryEvent.class)
			.stream()
			.anyMatch((event) -> event.getAttachedTo() == step);
	}

}
