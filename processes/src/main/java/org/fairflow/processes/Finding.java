package org.fairflow.processes;

import java.util.List;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;

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
		return new Finding(severity, element.getId(), ModelElements.name(element), code, List.of(args));
	}

	/** For a test's failure message. */
	@Override
	public String toString() {
		return this.severity + " " + this.elementId + " " + this.code + " " + this.args;
	}

}
