package org.fairflow.portal.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.CaseStep;
import org.fairflow.portal.engine.ProcessModels;
import org.fairflow.portal.progress.StepBar.State;
import org.fairflow.portal.progress.StepBar.Step;

import org.springframework.stereotype.Component;

/**
 * Builds a case's step bar from its own process version ({@link MainPath}): done are the
 * start and the steps of its trail (each once, at its last visit), current the open tasks
 * or else the first step ahead of its checkpoint, next the main path from there. A closed
 * case ends with the end event its last step leads to.
 */
@Component
class StepBars {

	private final ProcessModels models;

	StepBars(ProcessModels models) {
		this.models = models;
	}

	StepBar of(CaseRecord record, List<CaseStep> trail, Set<String> openElements, Locale locale) {
		String flow = record.getFlow();
		Integer version = record.getProcessVersion();
		Map<String, Step> done = new LinkedHashMap<>();
		this.models.startEventId(flow, version)
			.ifPresent((start) -> done.put(start, step(record, version, start, State.DONE, locale)));
		for (CaseStep reached : trail) {
			this.models.flowNode(flow, reached.getProcessVersion(), reached.getElementId())
				.filter(MainPath::isStep)
				.ifPresent((node) -> {
					done.remove(node.getId());
					done.put(node.getId(), step(record, reached.getProcessVersion(), node.getId(), State.DONE, locale));
				});
		}
		List<String> current = current(record, openElements);
		current.forEach(done::remove);
		List<Step> steps = new ArrayList<>(done.values());
		current.forEach((id) -> steps.add(step(record, version, id, State.CURRENT, locale)));
		String from = current.isEmpty() ? lastElement(record, trail) : current.get(0);
		State ahead = record.isActive() ? State.NEXT : State.DONE;
		for (FlowNode node : this.models.flowNode(flow, version, from).map(MainPath::stepsAfter).orElse(List.of())) {
			if (record.isActive() || MainPath.isEnd(node)) {
				steps.add(step(record, version, node.getId(), ahead, locale));
			}
		}
		return new StepBar(steps);
	}

	/**
	 * Open tasks, else (still running) the checkpoint if a step, else the step ahead of
	 * it.
	 */
	private List<String> current(CaseRecord record, Set<String> openElements) {
		if (!record.isActive()) {
			return List.of();
		}
		if (!openElements.isEmpty()) {
			return List.copyOf(openElements);
		}
		Optional<FlowNode> checkpoint = this.models.flowNode(record.getFlow(), record.getProcessVersion(),
				record.getCheckpointElement());
		return checkpoint.filter(MainPath::isStep)
			.or(() -> checkpoint.flatMap((node) -> MainPath.stepsAfter(node).stream().findFirst()))
			.filter((node) -> !MainPath.isEnd(node))
			.map((node) -> List.of(node.getId()))
			.orElse(List.of());
	}

	private static String lastElement(CaseRecord record, List<CaseStep> trail) {
		return trail.isEmpty() ? record.getCheckpointElement() : trail.get(trail.size() - 1).getElementId();
	}

	private Step step(CaseRecord record, Integer version, String elementId, State state, Locale locale) {
		return new Step(elementId, this.models.stepName(record.getFlow(), version, elementId, locale).orElse(elementId),
				state);
	}

}
