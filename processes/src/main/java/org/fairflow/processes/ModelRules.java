package org.fairflow.processes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

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

	/**
	 * Notification jobs, whose texts come from the {@code template} and {@code subject}
	 * headers.
	 */
	public static final Set<String> NOTIFICATION_JOB_TYPES = Set.of("send-sms", "send-email");

	/** Variables every case has from its start. */
	public static final Set<String> CASE_VARIABLES = Set.of("caseId", "round");

	/** {@code ${name}} or {@code ${a.b}}, as the notification workers fill them. */
	public static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}\\s]+)}");

	/**
	 * {@code =if x != null and x.round = round then x else {round: round, at: string(date
	 * and time(now() + duration("P3D"), "Z"))}}: the duration is the process owner's.
	 */
	public static final Pattern KEEP_DEADLINE = Pattern
		.compile("=if (\\w+) != null and (\\w+)\\.round = round then (\\w+) else \\{round: round, at: "
				+ "string\\(date and time\\(now\\(\\) \\+ duration\\(\"(P[0-9DTHMS]+)\"\\), \"Z\"\\)\\)}");

	/** The decisions a user task offers: lower-case words, comma-separated. */
	public static final Pattern DECISIONS = Pattern.compile("[a-z]+(,[a-z]+)*");

	private static final Pattern DUE_DATE = Pattern.compile("=(\\w+)\\.at");

	private static final Pattern TIMER_DATE = Pattern.compile("=date and time\\((\\w+)\\.at\\)");

	private ModelRules() {
	}

	/** How much a finding weighs. */
	public enum Severity {

		/** The portal cannot work with the model: publishing is refused. */
		ERROR,
		/** Probably a mistake: published only after the owner saw it. */
		WARNING

	}

	/**
	 * One thing the portal needs that the model does not give.
	 *
	 * @param severity error or warning
	 * @param elementId the element it is about (the process for the whole model)
	 * @param elementName that element's name, or null
	 * @param code the rule; the message key is {@code console.check.<code>}
	 * @param args the message's arguments
	 */
	public record Finding(Severity severity, String elementId, String elementName, String code, List<String> args) {

		public Finding {
			args = List.copyOf(args);
		}

		static Finding of(Severity severity, BaseElement element, String code, String... args) {
			return new Finding(severity, element.getId(), name(element), code, List.of(args));
		}

		/** For a test's failure message. */
		@Override
		public String toString() {
			return this.severity + " " + this.elementId + " " + this.code + " " + this.args;
		}

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
			for (String header : List.of("subject", "template")) {
				for (String placeholder : placeholders(headers.get(header))) {
					String variable = placeholder.split("\\.", 2)[0];
					if (!known.contains(variable)) {
						findings.add(Finding.of(Severity.WARNING, task, "placeholderUnknown", placeholder, header));
					}
				}
			}
		}
		return findings;
	}

	/**
	 * The rule of docs/ARCHITECTURE.md "Deadlines are absolute points in time": a due
	 * date is fixed when a case first reaches its step, in a variable {@code {round, at}}
	 * that the portal's checkpoint keeps, so a resumed case keeps it (same round) and a
	 * new round gets a new one. No timer counts a duration or a cycle from when it is
	 * entered.
	 */
	public static List<Finding> deadlines(BpmnModelInstance model) {
		List<Finding> findings = new ArrayList<>();
		Map<String, BaseElement> fixedBy = new LinkedHashMap<>();
		for (ZeebeInput input : model.getModelElementsByType(ZeebeInput.class)) {
			Matcher keep = KEEP_DEADLINE.matcher(String.valueOf(input.getSource()));
			if (!keep.matches()) {
				continue;
			}
			BaseElement element = owner(input);
			String target = input.getTarget();
			if (!target.equals(keep.group(1)) || !target.equals(keep.group(2)) || !target.equals(keep.group(3))) {
				findings.add(Finding.of(Severity.ERROR, element, "deadlineVariableMismatch", target));
			}
			else if (fixedBy.putIfAbsent(target, element) != null) {
				findings.add(Finding.of(Severity.ERROR, element, "deadlineFixedTwice", target));
			}
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
			if (schedule == null || schedule.getDueDate() == null) {
				continue;
			}
			Matcher due = DUE_DATE.matcher(schedule.getDueDate());
			if (!due.matches()) {
				findings.add(Finding.of(Severity.ERROR, task, "dueDateNotFixed", schedule.getDueDate()));
			}
			else if (fixedBy.get(due.group(1)) != task) {
				findings.add(Finding.of(Severity.ERROR, task, "dueDateNotFixedHere", due.group(1)));
			}
		}
		for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
			BaseElement event = (BaseElement) timer.getParentElement();
			if (timer.getTimeDuration() != null || timer.getTimeCycle() != null) {
				String relative = (timer.getTimeDuration() != null) ? timer.getTimeDuration().getTextContent()
						: timer.getTimeCycle().getTextContent();
				findings.add(Finding.of(Severity.ERROR, event, "timerRelative", relative.strip()));
				continue;
			}
			String date = (timer.getTimeDate() != null) ? timer.getTimeDate().getTextContent().strip() : "";
			Matcher read = TIMER_DATE.matcher(date);
			if (!read.matches()) {
				findings.add(Finding.of(Severity.ERROR, event, "timerNotFixed", date));
				continue;
			}
			BaseElement checkpoint = fixedBy.get(read.group(1));
			if (checkpoint == null) {
				findings.add(Finding.of(Severity.ERROR, event, "timerVariableNotFixed", read.group(1)));
			}
			else if (!outputs(checkpoint).contains(read.group(1))) {
				findings.add(Finding.of(Severity.ERROR, event, "timerVariableNotHandedOn", read.group(1),
						checkpoint.getId()));
			}
		}
		return findings;
	}

	/**
	 * The deadline durations a process owner may change: the {@code duration("P…")} of
	 * each keep-pattern input mapping, by deadline variable.
	 */
	public static Map<String, Deadline> deadlineDurations(BpmnModelInstance model) {
		Map<String, Deadline> deadlines = new LinkedHashMap<>();
		for (ZeebeInput input : model.getModelElementsByType(ZeebeInput.class)) {
			Matcher keep = KEEP_DEADLINE.matcher(String.valueOf(input.getSource()));
			if (keep.matches()) {
				deadlines.putIfAbsent(input.getTarget(), new Deadline(input.getTarget(), owner(input), keep.group(4)));
			}
		}
		return deadlines;
	}

	/**
	 * One deadline variable, the element whose input mapping fixes it and the duration it
	 * adds to now.
	 */
	public record Deadline(String variable, BaseElement element, String duration) {
	}

	/**
	 * The keep-pattern source with another duration.
	 * @throws IllegalArgumentException when the source is not a keep-pattern mapping
	 */
	public static String withDuration(String source, String duration) {
		Matcher keep = KEEP_DEADLINE.matcher(source);
		if (!keep.matches()) {
			throw new IllegalArgumentException("Not a deadline input mapping: " + source);
		}
		return source.substring(0, keep.start(4)) + duration + source.substring(keep.end(4));
	}

	/** The variables a model fills itself: io-mapping targets and result variables. */
	public static Set<String> filledVariables(BpmnModelInstance model) {
		Set<String> variables = new LinkedHashSet<>();
		for (ZeebeInput input : model.getModelElementsByType(ZeebeInput.class)) {
			variables.add(input.getTarget());
		}
		for (ZeebeOutput output : model.getModelElementsByType(ZeebeOutput.class)) {
			variables.add(output.getTarget());
		}
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			if (element.getExtensionElements() == null) {
				continue;
			}
			for (DomElement extension : element.getExtensionElements().getDomElement().getChildElements()) {
				String result = extension.getAttribute("resultVariable");
				if (result != null && !result.isBlank()) {
					variables.add(result);
				}
			}
		}
		variables.remove(null);
		return variables;
	}

	/** The variables the notification texts of a model name (first part of a path). */
	public static Set<String> placeholderVariables(BpmnModelInstance model) {
		Set<String> variables = new LinkedHashSet<>();
		for (BaseElement task : notificationTasks(model)) {
			Map<String, String> headers = headers(task);
			for (String header : List.of("subject", "template")) {
				for (String placeholder : placeholders(headers.get(header))) {
					variables.add(placeholder.split("\\.", 2)[0]);
				}
			}
		}
		return variables;
	}

	/** The placeholders of a text, in order. */
	public static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		if (text != null) {
			Matcher matcher = PLACEHOLDER.matcher(text);
			while (matcher.find()) {
				found.add(matcher.group(1));
			}
		}
		return found;
	}

	/** The elements whose job is a notification (SMS or e-mail). */
	public static List<BaseElement> notificationTasks(BpmnModelInstance model) {
		List<BaseElement> tasks = new ArrayList<>();
		for (ZeebeTaskDefinition definition : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
			if (NOTIFICATION_JOB_TYPES.contains(definition.getType())) {
				tasks.add(owner(definition));
			}
		}
		return tasks;
	}

	/** The job type of an element, or the empty string. */
	public static String jobType(BaseElement element) {
		ZeebeTaskDefinition definition = element.getSingleExtensionElement(ZeebeTaskDefinition.class);
		return (definition != null && definition.getType() != null) ? definition.getType() : "";
	}

	/** The custom headers of an element, in order. */
	public static Map<String, String> headers(BaseElement element) {
		Map<String, String> headers = new LinkedHashMap<>();
		ZeebeTaskHeaders taskHeaders = element.getSingleExtensionElement(ZeebeTaskHeaders.class);
		if (taskHeaders != null) {
			for (ZeebeHeader header : taskHeaders.getHeaders()) {
				headers.putIfAbsent(header.getKey(), header.getValue());
			}
		}
		return headers;
	}

	/** The output mapping targets of an element. */
	public static List<String> outputs(BaseElement element) {
		ZeebeIoMapping mapping = element.getSingleExtensionElement(ZeebeIoMapping.class);
		return (mapping == null) ? List.of() : mapping.getOutputs().stream().map(ZeebeOutput::getTarget).toList();
	}

	/** Only errors and warnings of the given severity. */
	public static List<Finding> only(Collection<Finding> findings, Severity severity) {
		return findings.stream().filter((finding) -> finding.severity() == severity).toList();
	}

	/** The BPMN element an extension element belongs to. */
	private static BaseElement owner(ModelElementInstance extension) {
		ModelElementInstance element = extension.getParentElement();
		while (element != null && !(element instanceof FlowElement)
				&& !(element instanceof io.camunda.zeebe.model.bpmn.instance.Process)) {
			element = element.getParentElement();
		}
		return (BaseElement) element;
	}

	private static String name(BaseElement element) {
		String name = element.getAttributeValue("name");
		return (name != null && !name.isBlank()) ? name : null;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
