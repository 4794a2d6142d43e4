package org.fairflow.portal.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import org.fairflow.portal.cases.CaseRecord;
import org.fairflow.portal.cases.Cases;
import org.fairflow.portal.engine.EngineGateway;
import org.fairflow.portal.engine.ProcessModels;
import org.fairflow.portal.tasks.HumanTask;
import org.fairflow.portal.tasks.HumanTasks;

import org.springframework.stereotype.Component;

/**
 * Works out a migration from the two models before the engine is asked: which open cases
 * it moves, where each one stands, which target element each active element goes to, and
 * which cases the engine would refuse and why.
 */
@Component
class MigrationPlanner {

	private final ProcessModels models;

	private final Cases cases;

	private final HumanTasks tasks;

	private final EngineGateway engine;

	MigrationPlanner(ProcessModels models, Cases cases, HumanTasks tasks, EngineGateway engine) {
		this.models = models;
		this.cases = cases;
		this.tasks = tasks;
		this.engine = engine;
	}

	/**
	 * @param requested the owner's choices, source element id to target element id; an
	 * element without a choice keeps its id
	 * @throws MigrationException when a version is missing or the plan names elements
	 * that do not exist
	 */
	Plan plan(String processId, int from, int to, Map<String, String> requested, Locale locale) {
		if (from == to) {
			throw new MigrationException("migration.sameVersion");
		}
		BpmnModelInstance source = this.models.model(processId, from)
			.orElseThrow(() -> new MigrationException("migration.noVersion", from));
		BpmnModelInstance target = this.models.model(processId, to)
			.orElseThrow(() -> new MigrationException("migration.noVersion", to));
		for (Map.Entry<String, String> choice : requested.entrySet()) {
			if (!(source.getModelElementById(choice.getKey()) instanceof FlowNode)
					|| !(target.getModelElementById(choice.getValue()) instanceof FlowNode)) {
				throw new MigrationException("migration.unknownElement", choice.getKey() + " → " + choice.getValue());
			}
		}
		List<CasePlan> casePlans = new ArrayList<>();
		Map<String, String> mapping = new LinkedHashMap<>();
		for (CaseRecord record : this.cases.openCasesOn(processId, from)) {
			List<HumanTask> open = this.tasks.forCase(record.getId())
				.stream()
				.filter((t) -> t.getStatus() == HumanTask.Status.OPEN)
				.toList();
			Set<String> active = activeElements(source, record, open);
			Map<String, String> instructions = new LinkedHashMap<>();
			active.forEach((id) -> instructions.put(id, requested.getOrDefault(id, id)));
			mapping.putAll(instructions);
			List<String> where = open.isEmpty() ? active.stream().map((id) -> name(source, id)).toList()
					: open.stream().map((t) -> t.title(locale)).toList();
			casePlans.add(new CasePlan(record, where, instructions, refusal(record, source, target, instructions)));
		}
		List<ElementChoice> choices = mapping.keySet()
			.stream()
			.map((id) -> new ElementChoice(id, name(source, id), mapping.get(id), options(source, target, id)))
			.toList();
		return new Plan(processId, from, to, casePlans, choices);
	}

	/**
	 * Where a case stands in the engine: its open tasks, else its checkpoint element, and
	 * every subprocess around them (the engine needs a mapping for each active element).
	 */
	private static Set<String> activeElements(BpmnModelInstance source, CaseRecord record, List<HumanTask> open) {
		Set<String> active = new LinkedHashSet<>();
		List<String> leaves = open.isEmpty() ? Optional.ofNullable(record.getCheckpointElement()).stream().toList()
				: open.stream().map(HumanTask::getElementId).toList();
		for (String leaf : leaves) {
			if (source.getModelElementById(leaf) instanceof FlowNode node) {
				for (var parent = node.getParentElement(); parent instanceof SubProcess sub; parent = sub
					.getParentElement()) {
					active.add(sub.getId());
				}
			}
			active.add(leaf);
		}
		return active;
	}

	/** The first reason the engine would refuse this case, or null. */
	private Refusal refusal(CaseRecord record, BpmnModelInstance source, BpmnModelInstance target,
			Map<String, String> instructions) {
		if (record.getProcessInstanceKey() == null || !this.engine.epoch().equals(record.getEngineEpoch())) {
			return new Refusal("migration.refusal.notInEngine");
		}
		if (instructions.isEmpty()) {
			return new Refusal("migration.refusal.noPosition");
		}
		for (Map.Entry<String, String> instruction : instructions.entrySet()) {
			FlowNode from = (FlowNode) source.getModelElementById(instruction.getKey());
			if (from == null) {
				return new Refusal("migration.refusal.unknownSource", instruction.getKey());
			}
			if (!(target.getModelElementById(instruction.getValue()) instanceof FlowNode to)) {
				return new Refusal("migration.refusal.missing", instruction.getKey());
			}
			if (!kind(from).equals(kind(to))) {
				return kind(from).equals("userTask") && kind(to).equals("zeebeUserTask")
						? new Refusal("migration.refusal.toZeebeUserTask", instruction.getKey(), to.getId())
						: new Refusal("migration.refusal.typeChange", instruction.getKey(), kind(from), to.getId(),
								kind(to));
			}
		}
		return null;
	}

	/** Target elements a source element may be mapped to: those of the same kind. */
	private static List<Option> options(BpmnModelInstance source, BpmnModelInstance target, String sourceId) {
		if (!(source.getModelElementById(sourceId) instanceof FlowNode from)) {
			return List.of();
		}
		return target.getModelElementsByType(FlowNode.class)
			.stream()
			.filter((node) -> kind(node).equals(kind(from)))
			.sorted(Comparator.comparing(FlowNode::getId))
			.map((node) -> new Option(node.getId(), (node.getName() != null) ? node.getName() : node.getId()))
			.toList();
	}

	/**
	 * The element type as the engine compares it; a job-based user task and a Camunda
	 * user task ({@code zeebe:userTask}) count as different kinds.
	 */
	static String kind(FlowNode node) {
		if (node instanceof UserTask task && task.getSingleExtensionElement(ZeebeUserTask.class) != null) {
			return "zeebeUserTask";
		}
		return node.getElementType().getTypeName();
	}

	private static String name(BpmnModelInstance model, String id) {
		return (model.getModelElementById(id) instanceof FlowNode node && node.getName() != null) ? node.getName() : id;
	}

	/** A plan over every open case of the source version. */
	record Plan(String processId, int from, int to, List<CasePlan> cases, List<ElementChoice> choices) {

		public long refusedCount() {
			return this.cases.stream().filter((c) -> c.refusal() != null).count();
		}

	}

	/**
	 * One case: where it stands, the mapping instructions it needs, and the predicted
	 * refusal (null: the engine should take it).
	 */
	record CasePlan(CaseRecord record, List<String> where, Map<String, String> instructions, Refusal refusal) {
	}

	/** An active source element, the target it goes to and the targets it may go to. */
	record ElementChoice(String sourceId, String sourceName, String targetId, List<Option> options) {
	}

	record Option(String id, String name) {
	}

	/** Why a case cannot move, as a message key with its arguments. */
	record Refusal(String key, Object... args) {
	}

}
