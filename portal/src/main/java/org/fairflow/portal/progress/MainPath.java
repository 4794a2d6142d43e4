package org.fairflow.portal.progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.UserTask;

/**
 * Reads the steps a reader cares about off a process model. A <em>step</em> is the
 * process's start event, a user task, a wait for a message (paid, answer received) or an
 * end event of the process itself; notifications, status marks and gateways are not. The
 * <em>main path</em> from an element follows, at every split, the first outgoing flow the
 * model lists (process owners draw the expected outcome first: approve before return),
 * into a subprocess from its start event and out of it after its end event; boundary
 * events are exceptions and are not followed.
 */
final class MainPath {

	/** Longer than any path of a readable model; stops a loop the visited set misses. */
	private static final int LIMIT = 500;

	private MainPath() {
	}

	static boolean isStep(FlowNode node) {
		if (node instanceof UserTask || node instanceof ReceiveTask) {
			return true;
		}
		if (node instanceof IntermediateCatchEvent event) {
			return event.getEventDefinitions().stream().anyMatch(MessageEventDefinition.class::isInstance);
		}
		return (node instanceof StartEvent || node instanceof EndEvent) && node.getParentElement() instanceof Process;
	}

	static boolean isEnd(FlowNode node) {
		return node instanceof EndEvent && node.getParentElement() instanceof Process;
	}

	/**
	 * The steps after {@code from} on the main path, up to and including the process's
	 * end event; each element once.
	 */
	static List<FlowNode> stepsAfter(FlowNode from) {
		List<FlowNode> steps = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		FlowNode node = next(from);
		while (node != null && seen.add(node.getId()) && seen.size() < LIMIT) {
			if (isStep(node)) {
				steps.add(node);
			}
			if (isEnd(node)) {
				break;
			}
			node = next(node);
		}
		return steps;
	}

	private static FlowNode next(FlowNode node) {
		if (node instanceof SubProcess sub) {
			return sub.getChildElementsByType(StartEvent.class).stream().findFirst().orElse(null);
		}
		if (!node.getOutgoing().isEmpty()) {
			return node.getOutgoing().iterator().next().getTarget();
		}
		if (node.getParentElement() instanceof SubProcess sub && !sub.getOutgoing().isEmpty()) {
			return sub.getOutgoing().iterator().next().getTarget();
		}
		return null;
	}

}
