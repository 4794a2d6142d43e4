package org.fairflow.processes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;

import static org.fairflow.processes.DeadlineRules.deadlines;
import static org.fairflow.processes.ModelElements.filledVariables;
import static org.fairflow.processes.ModelElements.headers;
import static org.fairflow.processes.ModelElements.jobType;
import static org.fairflow.processes.ModelElements.notificationTasks;
import static org.fairflow.processes.ModelElements.owner;

/**
 * What the portal needs of a process model, beyond what the engine checks: the one place
 * these rules live. The console checks every model a process owner publishes with them
 * (errors block publishing, warnings are shown first), and {@code ModelConventionsTest}
 * holds the shipped models to them.
 *
 * <p>
 * A finding names its rule by a code; the portal's message bundle has the text for each
 * code ({@code console.check.<code>}) with the finding's arguments.
 */
public final class ModelRules {

	/** The job type of job-based user tasks, served by the portal's inbox. */
	public static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";

	/** Variables every case has from its start. */
	public static final Set<String> CASE_VARIABLES = Set.of("caseId", "round");

	/** The decisions a user task offers: lower-case words, comma-separated. */
	public static final Pattern DECISIONS = Pattern.compile("[a-z]+(,[a-z]+)*");

	private ModelRules() {
	}

	/**
	 * Every rule.
	 * @param servedJobTypes the job types a worker serves
	 * @param knownVariables the variables a placeholder may name (besides those the model
	 * itself fills)
	 */
	public static List<Finding> check(BpmnModelInstance model, Set<String> servedJobTypes, Set<String> knownVariables) {
		List<Finding> findings = new ArrayList<>();
		findings.addAll(jobTypes(model, servedJobTypes));
		findings.addAll(userTasks(model));
		findings.addAll(notificationTexts(model));
		Set<String> known = new LinkedHashSet<>(knownVariables);
		known.addAll(CASE_VARIABLES);
		known.addAll(filledVariables(model));
		findings.addAll(placeholders(model, known));
		findings.addAll(deadlines(model));
		return findings;
	}

	/** Every job (task or execution listener) needs a worker for its type. */
	public static List<Finding> jobTypes(BpmnModelInstance model, Set<String> servedJobTypes) {
		List<Finding> findings = new ArrayList<>();
		for (ZeebeTaskDefinition definition : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
			BaseElement element = owner(definition);
			String type = definition.getType();
			if (type == null || type.isBlank()) {
				findings.add(Finding.of(Severity.ERROR, element, "jobTypeMissing"));
			}
			else if (type.startsWith("=")) {
				findings.add(Finding.of(Severity.WARNING, element, "jobTypeExpression", type));
			}
			else if (!servedJobTypes.contains(type)) {
				findings.add(Finding.of(Severity.ERROR, element, "jobTypeNotServed", type));
			}
		}
		for (ZeebeExecutionListener listener : model.getModelElementsByType(ZeebeExecutionListener.class)) {
			BaseElement element = owner(listener);
			String type = listener.getType();
			if (type != null && !type.startsWith("=") && !servedJobTypes.contains(type)) {
				findings.add(Finding.of(Severity.ERROR, element, "listenerNotServed", type));
			}
		}
		return findings;
	}

	/**
	 * The inbox takes user tasks as jobs: a {@code zeebe:userTask} would never reach it.
	 * It offers a task to its candidate groups, with the decisions the task names.
	 */
	public static List<Finding> userTasks(BpmnModelInstance model) {
		List<Finding> findings = new ArrayList<>();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			if (task.getSingleExtensionElement(ZeebeUserTask.class) != null) {
				findings.add(Finding.of(Severity.ERROR, task, "userTaskNotJobBased"));
			}
			ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
			if (assignment == null || assignment.getCandidateGroups() == null
					|| assignment.getCandidateGroups().isBlank()) {
				findings.add(Finding.of(Severity.ERROR, task, "candidateGroupsMissing"));
			}
			String decisions = headers(task).get("decisions");
			if (decisions == null || decisions.isBlank()) {
				findings.add(Finding.of(Severity.ERROR, task, "decisionsMissing"));
			}
			else if (!DECISIONS.matcher(decisions).matches()) {
				findings.add(Finding.of(Severity.ERROR, task, "decisionsMalformed", decisions));
			}
		}
		return findings;
	}

	/** A notification needs its text, and an e-mail its subject. */
	public static List<Finding> notificationTexts(BpmnModelInstance model) {
		List<Finding> findings = new ArrayList<>();
		for (BaseElement task : notificationTasks(model)) {
			Map<String, String> headers = headers(task);
			if (isBlank(headers.get("template"))) {
				findings.add(Finding.of(Severity.ERROR, task, "textMissing", "template"));
			}
			if ("send-email".equals(jobType(task)) && isBlank(headers.get("subject"))) {
				findings.add(Finding.of(Severity.ERROR, task, "textMissing", "subject"));
			}
		}
		return findings;
	}

	/**
	 * A placeholder that names no known variable is sent as it is.
	 * @param known every variable a case may have at that point
	 */
	public static List<Finding> placeholders(BpmnModelInstance model, Set<String> known) {
		List<Finding> findings = new ArrayList<>();
		for (BaseElement task : notificationTasks(model)) {
			Map<String, String> headers = headers(task);
			for (String header : ModelElements.TEXT_HEADERS) {
				for (String placeholder : ModelElements.placeholders(headers.get(header))) {
					String variable = ModelElements.variableOf(placeholder);
					if (!known.contains(variable)) {
						findings.add(Finding.of(Severity.WARNING, task, "placeholderUnknown", placeholder, header));
					}
				}
			}
		}
		return findings;
	}

	/** Only errors and warnings of the given severity. */
	public static List<Finding> only(Collection<Finding> findings, Severity severity) {
		return findings.stream().filter((finding) -> finding.severity() == severity).toList();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
