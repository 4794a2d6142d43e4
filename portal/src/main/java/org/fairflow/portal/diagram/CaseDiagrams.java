package org.fairflow.portal.diagram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.CaseStep;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.ProcessModels;
import org.fairflow.portal.engine.StoredModel;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;

import org.springframework.stereotype.Component;

/**
 * A case's diagram: its own process version (never the latest, which may have other
 * steps), the steps of its trail and the elements passed between them as done
 * ({@link PassedElements}), and where it waits as current: its open human tasks and its
 * checkpoint, the element of the last job it reached.
 */
@Component
class CaseDiagrams {

	private final Cases cases;

	private final HumanTasks tasks;

	private final ModelDeployment models;

	private final ProcessModels processes;

	CaseDiagrams(Cases cases, HumanTasks tasks, ModelDeployment models, ProcessModels processes) {
		this.cases = cases;
		this.tasks = tasks;
		this.models = models;
		this.processes = processes;
	}

	/** Empty when the case's process version is not in the model store. */
	Optional<CaseDiagram> of(CaseRecord record) {
		return this.models.find(StoredModel.Kind.BPMN, record.getFlow(), record.getProcessVersion())
			.map((model) -> diagram(record, model));
	}

	private CaseDiagram diagram(CaseRecord record, StoredModel model) {
		Set<String> current = new LinkedHashSet<>();
		if (record.isActive()) {
			this.tasks.forCase(record.getId())
				.stream()
				.filter((task) -> task.getStatus() == HumanTask.Status.OPEN)
				.forEach((task) -> current.add(task.getElementId()));
			if (record.getCheckpointElement() != null) {
				current.add(record.getCheckpointElement());
			}
		}
		// The start event has no job, so no step: every case has passed it.
		Set<String> completed = new LinkedHashSet<>();
		this.processes.startEventId(record.getFlow(), record.getProcessVersion()).ifPresent(completed::add);
		List<String> steps = this.cases.steps(record.getId()).stream().map(CaseStep::getElementId).toList();
		completed.addAll(steps);
		this.processes.model(record.getFlow(), record.getProcessVersion())
			.ifPresent((bpmn) -> completed.addAll(PassedElements.of(bpmn, steps, current, !record.isActive())));
		completed.removeAll(current);
		return new CaseDiagram(record.getFlow(), record.getProcessVersion(),
				new String(model.getContent(), StandardCharsets.UTF_8), new ArrayList<>(completed),
				List.copyOf(current));
	}

}
