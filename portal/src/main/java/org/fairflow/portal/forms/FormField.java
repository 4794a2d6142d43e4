package org.fairflow.portal.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a form-js schema, as far as the server checks it.
 *
 * @param path where the value sits in the data (a group's {@code path}, then the key
 * split at dots, as form-js nests it)
 * @param label the process owner's label, or the key
 * @param type the form-js type ({@code textfield}, {@code number}, {@code select}…)
 * @param required {@code validate.required}, unless a condition may hide the field: the
 * server does not evaluate FEEL, and form-js submits nothing for a hidden field
 * @param options allowed values of a select, radio, checklist or taglist; {@code null}
 * when not listed in the schema (options from a variable: {@code valuesKey})
 * @param valuesKey the variable that lists the options, or {@code null}
 */
record FormField(List<String> path, String label, String type, boolean required, Integer minLength, Integer maxLength,
		BigDecimal min, BigDecimal max, String pattern, String patternMessage, String validationType,
		List<String> options, String valuesKey) {

	String key() {
		return String.join(".", this.path);
	}

	boolean multiple() {
		return "checklist".equals(this.type) || "taglist".equals(this.type);
	}

	boolean choice() {
		return this.options != null || this.valuesKey != null;
	}

}
