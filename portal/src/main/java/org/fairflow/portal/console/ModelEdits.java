package org.fairflow.portal.console;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import org.fairflow.processes.DeadlineRules;
import org.fairflow.processes.ModelElements;

/**
 * Small changes a process owner makes in the browser, each on the bytes of the latest
 * version, giving the bytes of a new one with everything else (the diagram too) kept: a
 * notification's text, a user task's candidate groups, a deadline's duration
 * ({@link DecisionEdits}: one row of a decision table).
 */
public final class ModelEdits {

	static final int MAX_TEMPLATE = 4000;

	static final int MAX_SUBJECT = 200;

	static final int MAX_GROUPS = 500;

	static final Duration MAX_DURATION = Duration.ofDays(366);

	private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	/** Days, hours, minutes, seconds: what FEEL's duration() adds to a date and time. */
	private static final Pattern DAY_TIME_DURATION = Pattern
		.compile("P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");

	static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

	private ModelEdits() {
	}

	/** An edit that cannot be made; the key names the message. */
	static final class Invalid extends Exception {

		private final String messageKey;

		private final transient Object[] args;

		Invalid(String messageKey, Object... args) {
			super(messageKey);
			this.messageKey = messageKey;
			this.args = args;
		}

		String messageKey() {
			return this.messageKey;
		}

		Object[] args() {
			return this.args.clone();
		}

	}

	/** What the edit page offers for a process model. */
	public record ProcessEditables(List<Text> texts, List<Groups> groups, List<Deadline> deadlines) {
	}

	/**
	 * A notification's texts, Chinese (the default) and English (null where the model has
	 * none: the Chinese one is sent); the subjects only for an e-mail.
	 */
	public record Text(String elementId, String name, String jobType, String template, String subject,
			String templateEn, String subjectEn) {

		public boolean email() {
			return "send-email".equals(this.jobType);
		}

	}

	public record Groups(String elementId, String name, String candidateGroups) {
	}

	public record Deadline(String variable, String elementId, String name, String duration) {
	}

	static ProcessEditables processEditables(byte[] bpmn) throws ModelDiff.Unreadable {
		BpmnModelInstance model = BpmnItems.read(bpmn);
		List<Text> texts = new ArrayList<>();
		for (BaseElement task : ModelElements.notificationTasks(model)) {
			Map<String, String> headers = ModelElements.headers(task);
			texts.add(new Text(task.getId(), task.getAttributeValue("name"), ModelElements.jobType(task),
					headers.get("template"), headers.get("subject"), headers.get("template_en"),
					headers.get("subject_en")));
		}
		List<Groups> groups = new ArrayList<>();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
			groups.add(new Groups(task.getId(), task.getName(),
					(assignment != null) ? assignment.getCandidateGroups() : null));
		}
		List<Deadline> deadlines = DeadlineRules.deadlineDurations(model)
			.values()
			.stream()
			.map((d) -> new Deadline(d.variable(), d.element().getId(), d.element().getAttributeValue("name"),
					d.duration()))
			.toList();
		return new ProcessEditables(texts, groups, deadlines);
	}

	/**
	 * A notification task's text and, for an e-mail, its subject, in Chinese (required)
	 * and English. An empty English text removes its header, so that English readers get
	 * the Chinese one (the workers' fallback) rather than nothing; a null one (not sent)
	 * leaves it as it is.
	 * @param subject ignored for an SMS, as is {@code subjectEn}
	 */
	static byte[] notificationText(byte[] bpmn, String elementId, String template, String subject, String templateEn,
			String subjectEn) throws Invalid {
		BpmnModelInstance model = read(bpmn);
		BaseElement task = ModelElements.notificationTasks(model)
			.stream()
			.filter((t) -> t.getId().equals(elementId))
			.findFirst()
			.orElseThrow(() -> new Invalid("console.edit.unknownElement", elementId));
		String text = text(template, MAX_TEMPLATE, true, "console.edit.template");
		setHeader(model, task, "template", text);
		if (templateEn != null) {
			setOrRemoveHeader(model, task, "template_en", optionalText(templateEn, MAX_TEMPLATE, true));
		}
		if ("send-email".equals(ModelElements.jobType(task))) {
			setHeader(model, task, "subject", text(subject, MAX_SUBJECT, false, "console.edit.subject"));
			if (subjectEn != null) {
				setOrRemoveHeader(model, task, "subject_en", optionalText(subjectEn, MAX_SUBJECT, false));
			}
		}
		return write(model);
	}

	/**
	 * A user task's candidate groups: a comma list of groups, or a FEEL expression
	 * ({@code =[firstReviewGroup]}).
	 */
	static byte[] candidateGroups(byte[] bpmn, String elementId, String groups) throws Invalid {
		BpmnModelInstance model = read(bpmn);
		if (!(model.getModelElementById(elementId) instanceof UserTask task)) {
			throw new Invalid("console.edit.unknownElement", elementId);
		}
		String value = (groups != null) ? groups.strip() : "";
		if (value.isEmpty() || value.equals("=")) {
			throw new Invalid("console.edit.groupsEmpty");
		}
		if (value.length() > MAX_GROUPS) {
			throw new Invalid("console.edit.tooLong", MAX_GROUPS);
		}
		if (!value.startsWith("=")) {
			List<String> names = new ArrayList<>();
			for (String group : value.split(",")) {
				String name = group.strip();
				if (!GROUP.matcher(name).matches()) {
					throw new Invalid("console.edit.groupInvalid", name);
				}
				names.add(name);
			}
			value = String.join(",", names);
		}
		ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
		if (assignment != null) {
			assignment.setCandidateGroups(value);
		}
		else {
			task.builder().zeebeCandidateGroups(value);
		}
		return write(model);
	}

	/**
	 * The duration of a deadline ({@code duration("P3D")} in the input mapping that fixes
	 * it): days, hours, minutes or seconds in ISO 8601, more than nothing and at most a
	 * year.
	 */
	static byte[] deadline(byte[] bpmn, String variable, String duration) throws Invalid {
		BpmnModelInstance model = read(bpmn);
		if (variable == null || !DeadlineRules.deadlineDurations(model).containsKey(variable)) {
			throw new Invalid("console.edit.unknownElement", String.valueOf(variable));
		}
		String value = (duration != null) ? duration.strip().toUpperCase(Locale.ROOT) : "";
		Duration parsed;
		try {
			if (!DAY_TIME_DURATION.matcher(value).matches()) {
				throw new DateTimeParseException("not a day-time duration", value, 0);
			}
			parsed = Duration.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("console.edit.durationInvalid", value);
		}
		if (parsed.isZero() || parsed.compareTo(MAX_DURATION) > 0) {
			throw new Invalid("console.edit.durationRange", value);
		}
		for (ZeebeInput input : model.getModelElementsByType(ZeebeInput.class)) {
			if (variable.equals(input.getTarget())
					&& DeadlineRules.KEEP_DEADLINE.matcher(String.valueOf(input.getSource())).matches()) {
				input.setSource(DeadlineRules.withDuration(input.getSource(), value));
			}
		}
		return write(model);
	}

	private static String text(String value, int max, boolean multiline, String field) throws Invalid {
		String text = (value != null) ? value.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
		if (text.isEmpty()) {
			throw new Invalid("console.edit.textEmpty");
		}
		if (text.length() > max) {
			throw new Invalid("console.edit.tooLong", max);
		}
		if (CONTROL.matcher(text).find() || (!multiline && text.contains("\n"))) {
			throw new Invalid("console.edit.textInvalid");
		}
		int open = text.indexOf("${");
		while (open >= 0) {
			int close = text.indexOf('}', open);
			if (close < 0 || !ModelElements.PLACEHOLDER.matcher(text.substring(open, close + 1)).matches()) {
				throw new Invalid("console.edit.placeholderOpen",
						text.substring(open, Math.min(text.length(), open + 30)));
			}
			open = text.indexOf("${", close);
		}
		return text;
	}

	/** An English text: empty is none (null); otherwise checked like the Chinese one. */
	private static String optionalText(String value, int max, boolean multiline) throws Invalid {
		return (value == null || value.isBlank()) ? null : text(value, max, multiline, null);
	}

	/** Sets a header, or removes it when the value is null. */
	private static void setOrRemoveHeader(BpmnModelInstance model, BaseElement task, String key, String value) {
		if (value != null) {
			setHeader(model, task, key, value);
			return;
		}
		ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
		if (headers != null) {
			// Removed one by one: the collection is the DOM's, its iterator does not
			// remove.
			for (ZeebeHeader header : List.copyOf(headers.getHeaders())) {
				if (key.equals(header.getKey())) {
					headers.getHeaders().remove(header);
				}
			}
		}
	}

	private static void setHeader(BpmnModelInstance model, BaseElement task, String key, String value) {
		ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
		if (headers == null) {
			headers = model.newInstance(ZeebeTaskHeaders.class);
			task.getExtensionElements().addChildElement(headers);
		}
		for (ZeebeHeader header : headers.getHeaders()) {
			if (key.equals(header.getKey())) {
				header.setValue(value);
				return;
			}
		}
		ZeebeHeader header = model.newInstance(ZeebeHeader.class);
		header.setKey(key);
		header.setValue(value);
		headers.getHeaders().add(header);
	}

	private static BpmnModelInstance read(byte[] bpmn) throws Invalid {
		try {
			return Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
		}
		catch (RuntimeException ex) {
			throw new Invalid("console.edit.unreadable", BpmnItems.rootMessage(ex));
		}
	}

	private static byte[] write(BpmnModelInstance model) {
		return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
	}

}
