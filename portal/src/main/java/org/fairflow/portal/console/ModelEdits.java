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
import org.fairflow.processes.ModelRules;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Small changes a process owner makes in the browser, each on the bytes of the latest
 * version, giving the bytes of a new one with everything else (the diagram too) kept: a
 * notification's text, a user task's candidate groups, a deadline's duration, one row of
 * a decision table.
 */
public final class ModelEdits {

	static final int MAX_TEMPLATE = 4000;

	static final int MAX_SUBJECT = 200;

	static final int MAX_GROUPS = 500;

	static final int MAX_ENTRY = 500;

	static final Duration MAX_DURATION = Duration.ofDays(366);

	private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	/** Days, hours, minutes, seconds: what FEEL's duration() adds to a date and time. */
	private static final Pattern DAY_TIME_DURATION = Pattern
		.compile("P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

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

	/** A notification's texts: the subject only for an e-mail. */
	public record Text(String elementId, String name, String jobType, String template, String subject) {

		public boolean email() {
			return "send-email".equals(this.jobType);
		}

	}

	public record Groups(String elementId, String name, String candidateGroups) {
	}

	public record Deadline(String variable, String elementId, String name, String duration) {
	}

	/** What the edit page offers for a decision model: its decision tables. */
	public record Table(String decisionId, String name, List<String> inputs, List<String> outputs, List<Row> rows) {
	}

	public record Row(String ruleId, String description, List<String> inputs, List<String> outputs) {
	}

	static ProcessEditables processEditables(byte[] bpmn) throws ModelDiff.Unreadable {
		BpmnModelInstance model = BpmnItems.read(bpmn);
		List<Text> texts = new ArrayList<>();
		for (BaseElement task : ModelRules.notificationTasks(model)) {
			Map<String, String> headers = ModelRules.headers(task);
			texts.add(new Text(task.getId(), task.getAttributeValue("name"), ModelRules.jobType(task),
					headers.get("template"), headers.get("subject")));
		}
		List<Groups> groups = new ArrayList<>();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
			groups.add(new Groups(task.getId(), task.getName(),
					(assignment != null) ? assignment.getCandidateGroups() : null));
		}
		List<Deadline> deadlines = ModelRules.deadlineDurations(model)
			.values()
			.stream()
			.map((d) -> new Deadline(d.variable(), d.element().getId(), d.element().getAttributeValue("name"),
					d.duration()))
			.toList();
		return new ProcessEditables(texts, groups, deadlines);
	}

	static List<Table> decisionTables(byte[] dmn) throws ModelDiff.Unreadable {
		Document document = Xml.parse(dmn);
		List<Table> tables = new ArrayList<>();
		for (Element decision : Xml.children(document.getDocumentElement(), "decision")) {
			for (Element table : Xml.children(decision, "decisionTable")) {
				List<String> inputs = Xml.children(table, "input").stream().map(DmnItems::column).toList();
				List<String> outputs = Xml.children(table, "output").stream().map(DmnItems::column).toList();
				List<Row> rows = new ArrayList<>();
				for (Element rule : Xml.children(table, "rule")) {
					String description = Xml.childText(rule, "description");
					rows.add(new Row(rule.getAttribute("id"), (description != null) ? description.strip() : null,
							Xml.children(rule, "inputEntry").stream().map(DmnItems::text).toList(),
							Xml.children(rule, "outputEntry").stream().map(DmnItems::text).toList()));
				}
				tables
					.add(new Table(decision.getAttribute("id"), decision.getAttribute("name"), inputs, outputs, rows));
			}
		}
		return tables;
	}

	/**
	 * A notification task's text and, for an e-mail, its subject.
	 * @param subject ignored for an SMS
	 */
	static byte[] notificationText(byte[] bpmn, String elementId, String template, String subject) throws Invalid {
		BpmnModelInstance model = read(bpmn);
		BaseElement task = ModelRules.notificationTasks(model)
			.stream()
			.filter((t) -> t.getId().equals(elementId))
			.findFirst()
			.orElseThrow(() -> new Invalid("console.edit.unknownElement", elementId));
		String text = text(template, MAX_TEMPLATE, true, "console.edit.template");
		setHeader(model, task, "template", text);
		if ("send-email".equals(ModelRules.jobType(task))) {
			setHeader(model, task, "subject", text(subject, MAX_SUBJECT, false, "console.edit.subject"));
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
		if (variable == null || !ModelRules.deadlineDurations(model).containsKey(variable)) {
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
					&& ModelRules.KEEP_DEADLINE.matcher(String.valueOf(input.getSource())).matches()) {
				input.setSource(ModelRules.withDuration(input.getSource(), value));
			}
		}
		return write(model);
	}

	/**
	 * One rule row of a decision table: its input entries (blank: any value) and output
	 * entries, in column order. The FEEL is checked only for balanced quotes and
	 * brackets; the engine refuses the rest.
	 */
	static byte[] rule(byte[] dmn, String ruleId, List<String> inputs, List<String> outputs) throws Invalid {
		Document document;
		try {
			document = Xml.parse(dmn);
		}
		catch (ModelDiff.Unreadable ex) {
			throw new Invalid("console.edit.unreadable", ex.getMessage());
		}
		Element rule = null;
		for (Element decision : Xml.children(document.getDocumentElement(), "decision")) {
			for (Element table : Xml.children(decision, "decisionTable")) {
				for (Element candidate : Xml.children(table, "rule")) {
					if (candidate.getAttribute("id").equals(ruleId)) {
						rule = candidate;
					}
				}
			}
		}
		if (rule == null) {
			throw new Invalid("console.edit.unknownElement", String.valueOf(ruleId));
		}
		List<Element> inputEntries = Xml.children(rule, "inputEntry");
		List<Element> outputEntries = Xml.children(rule, "outputEntry");
		if (inputs == null || outputs == null || inputs.size() != inputEntries.size()
				|| outputs.size() != outputEntries.size()) {
			throw new Invalid("console.edit.ruleShape");
		}
		for (int i = 0; i < inputs.size(); i++) {
			setText(document, inputEntries.get(i), feel(inputs.get(i), true));
		}
		for (int i = 0; i < outputs.size(); i++) {
			setText(document, outputEntries.get(i), feel(outputs.get(i), false));
		}
		return Xml.write(document);
	}

	private static String feel(String entry, boolean blankAllowed) throws Invalid {
		String value = (entry != null) ? entry.strip() : "";
		if (value.isEmpty() && !blankAllowed) {
			throw new Invalid("console.edit.outputEmpty");
		}
		if (value.length() > MAX_ENTRY) {
			throw new Invalid("console.edit.tooLong", MAX_ENTRY);
		}
		if (CONTROL.matcher(value).find() || value.contains("\n")) {
			throw new Invalid("console.edit.feelInvalid", value);
		}
		boolean quoted = false;
		int brackets = 0;
		int braces = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (quoted && c == '\\') {
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && "()[]".indexOf(c) >= 0) {
				brackets++;
			}
			else if (!quoted && (c == '{' || c == '}')) {
				braces += (c == '{') ? 1 : -1;
			}
		}
		// A range opens and closes with either bracket ([1..5), ]1..5[): brackets are
		// only counted in pairs.
		if (quoted || brackets % 2 != 0 || braces != 0) {
			throw new Invalid("console.edit.feelInvalid", value);
		}
		return value;
	}

	private static void setText(Document document, Element entry, String value) {
		List<Element> texts = Xml.children(entry, "text");
		Element text;
		if (texts.isEmpty()) {
			text = document.createElementNS(entry.getNamespaceURI(), prefixed(entry, "text"));
			entry.appendChild(text);
		}
		else {
			text = texts.get(0);
		}
		text.setTextContent(value);
	}

	private static String prefixed(Element sibling, String localName) {
		return (sibling.getPrefix() != null) ? sibling.getPrefix() + ":" + localName : localName;
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
			if (close < 0 || !ModelRules.PLACEHOLDER.matcher(text.substring(open, close + 1)).matches()) {
				throw new Invalid("console.edit.placeholderOpen",
						text.substring(open, Math.min(text.length(), open + 30)));
			}
			open = text.indexOf("${", close);
		}
		return text;
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
