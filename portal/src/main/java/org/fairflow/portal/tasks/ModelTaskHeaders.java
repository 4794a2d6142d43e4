package org.fairflow.portal.tasks;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.fairflow.portal.engine.ModelDeployment;
import org.fairflow.portal.engine.ProcessModels;
import org.fairflow.portal.engine.StoredModel;

import org.springframework.stereotype.Component;

/**
 * A user task's headers as a version of its model says them, not as its job carries them:
 * a job migrated to another version keeps the headers of the version it was activated on
 * (ENGINE.md), so the inbox reads the target model. Expressions
 * ({@code =[firstReviewGroup]}, {@code =firstReviewDue.at}) are evaluated with FEEL over
 * the case's variables; a value that cannot be worked out keeps what the task had.
 */
@Component
class ModelTaskHeaders {

	private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProcessModels models;

	private final ModelDeployment deployment;

	ModelTaskHeaders(ProcessModels models, ModelDeployment deployment) {
		this.models = models;
		this.deployment = deployment;
	}

	/** The headers of a user task of one version; empty when it has no such element. */
	Optional<TaskHeaders> of(String flow, int version, String elementId, Map<String, Object> variables,
			HumanTask current) {
		return this.models.flowNode(flow, version, elementId).map((node) -> {
			Map<String, String> headers = new HashMap<>();
			ZeebeTaskHeaders custom = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
			Collection<ZeebeHeader> pairs = (custom != null) ? custom.getHeaders() : java.util.List.of();
			pairs.forEach((header) -> headers.put(header.getKey(), header.getValue()));
			candidateGroups(node, variables).ifPresentOrElse(
					(groups) -> headers.put(TaskHeaders.CANDIDATE_GROUPS, groups),
					() -> headers.put(TaskHeaders.CANDIDATE_GROUPS, String.join(",", current.candidateGroupList())));
			dueDate(node, variables).or(() -> Optional.ofNullable(current.getDueAt()).map(Object::toString))
				.ifPresent((due) -> headers.put(TaskHeaders.DUE_DATE, due));
			formKey(node).or(() -> Optional.ofNullable(current.getFormKey()))
				.ifPresent((key) -> headers.put(TaskHeaders.FORM_KEY, key));
			return TaskHeaders.from(headers, (node.getName() != null) ? node.getName() : elementId);
		});
	}

	private static Optional<String> candidateGroups(FlowNode node, Map<String, Object> variables) {
		ZeebeAssignmentDefinition assignment = node.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
		String groups = (assignment != null) ? assignment.getCandidateGroups() : null;
		if (groups == null || groups.isBlank()) {
			return Optional.of("");
		}
		if (!groups.startsWith("=")) {
			return Optional.of(groups);
		}
		return evaluate(groups, variables).map((value) -> {
			try {
				return (value instanceof Collection<?> list) ? JSON.writeValueAsString(list) : String.valueOf(value);
			}
			catch (JsonProcessingException ex) {
				return null;
			}
		});
	}

	private static Optional<String> dueDate(FlowNode node, Map<String, Object> variables) {
		ZeebeTaskSchedule schedule = node.getSingleExtensionElement(ZeebeTaskSchedule.class);
		String due = (schedule != null) ? schedule.getDueDate() : null;
		if (due == null || due.isBlank()) {
			return Optional.empty();
		}
		if (!due.startsWith("=")) {
			return Optional.of(due);
		}
		return evaluate(due, variables).map((value) -> (value instanceof java.time.temporal.TemporalAccessor time)
				? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time) : String.valueOf(value));
	}

	/**
	 * A form key as the engine gives it: the key itself, or for a form id the engine key
	 * of the latest version of that form (the default binding).
	 */
	private Optional<String> formKey(FlowNode node) {
		ZeebeFormDefinition form = node.getSingleExtensionElement(ZeebeFormDefinition.class);
		if (form == null) {
			return Optional.empty();
		}
		if (form.getFormKey() != null && !form.getFormKey().isBlank()) {
			return Optional.of(form.getFormKey());
		}
		if (form.getFormId() == null) {
			return Optional.empty();
		}
		return this.deployment.find(StoredModel.Kind.FORM, form.getFormId(), null)
			.flatMap(this.deployment::engineKey)
			.map(String::valueOf);
	}

	private static Optional<Object> evaluate(String expression, Map<String, Object> variables) {
		try {
			EvaluationResult result = FEEL.evaluateExpression(expression.substring(1), variables);
			return (result.isSuccess() && result.result() != null) ? Optional.of(result.result()) : Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
