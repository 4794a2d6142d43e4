package org.fairflow.processes;

import java.util.ArrayList;
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
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** What the rules and the console read off the elements of a process model. */
public final class ModelElements {

	/**
	 * The headers holding a notification's texts: the default (Chinese) and the English
	 * ones the send workers pick for a case whose {@code language} is {@code en}.
	 */
	public static final List<String> TEXT_HEADERS = List.of("subject", "template", "subject_en", "template_en");

	/**
	 * Notification jobs, whose texts come from the {@code template} and {@code subject}
	 * headers.
	 */
	public static final Set<String> NOTIFICATION_JOB_TYPES = Set.of("send-sms", "send-email");

	/** {@code ${name}} or {@code ${a.b}}, as the notification workers fill them. */
	public static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}\\s]+)}");

	private ModelElements() {
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

	/**
	 * The variables the notification texts of a model name: the first part of a path,
	 * without a format ({@code ${supplementDue.at:datetime}} names
	 * {@code supplementDue}).
	 */
	public static Set<String> placeholderVariables(BpmnModelInstance model) {
		Set<String> variables = new LinkedHashSet<>();
		for (BaseElement task : notificationTasks(model)) {
			Map<String, String> headers = headers(task);
			for (String header : TEXT_HEADERS) {
				for (String placeholder : placeholders(headers.get(header))) {
					variables.add(variableOf(placeholder));
				}
			}
		}
		return variables;
	}

	/**
	 * The variable a placeholder reads: the first part of its path, without its format
	 * ({@code supplementDue.at:datetime} reads {@code supplementDue}).
	 */
	public static String variableOf(String placeholder) {
		return placeholder.split(":", 2)[0].split("\\.", 2)[0];
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

	/** The BPMN element an extension element belongs to. */
	static BaseElement owner(ModelElementInstance extension) {
		ModelElementInstance element = extension.getParentElement();
		while (element != null && !(element instanceof FlowElement)
				&& !(element instanceof io.camunda.zeebe.model.bpmn.instance.Process)) {
			element = element.getParentElement();
		}
		return (BaseElement) element;
	}

	static String name(BaseElement element) {
		String name = element.getAttributeValue("name");
		return (name != null && !name.isBlank()) ? name : null;
	}

}
