package org.fairflow.portal.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values inside form data: nested by path, typed by field (text, number, yes/no, one or
 * several options). A value of the wrong type is an error, never a guess.
 */
final class FormValues {

	private FormValues() {
	}

	static Object get(Map<String, Object> data, List<String> path) {
		Object current = data;
		for (String segment : path) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(segment);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static void put(Map<String, Object> data, List<String> path, Object value) {
		Map<String, Object> current = data;
		for (String segment : path.subList(0, path.size() - 1)) {
			Object next = current.get(segment);
			if (!(next instanceof Map)) {
				next = new LinkedHashMap<String, Object>();
				current.put(segment, next);
			}
			current = (Map<String, Object>) next;
		}
		current.put(path.get(path.size() - 1), value);
	}

	/**
	 * The submitted value in the field's type; {@code null} for nothing entered (stricter
	 * than form-js, blanks count as nothing).
	 */
	static Object typed(FormField field, Object raw, List<FieldError> errors) {
		if (raw == null || (raw instanceof String text && text.isBlank())) {
			return null;
		}
		if (field.multiple()) {
			if (!(raw instanceof List<?> list) || list.stream().anyMatch((v) -> !scalar(v))) {
				errors.add(FormValidator.error(field, "form.notAList"));
				return null;
			}
			return new ArrayList<>(list);
		}
		return switch (field.type()) {
			case "checkbox" -> (raw instanceof Boolean) ? raw : wrong(field, "form.notYesNo", errors);
			case "number" -> number(field, raw, errors);
			case "radio", "select" -> scalar(raw) ? raw : wrong(field, "form.notAnOption", errors, String.valueOf(raw));
			default -> (raw instanceof String) ? raw : wrong(field, "form.notText", errors);
		};
	}

	private static Object number(FormField field, Object raw, List<FieldError> errors) {
		if (raw instanceof Number || raw instanceof String) {
			try {
				return new BigDecimal(raw.toString().strip());
			}
			catch (NumberFormatException ex) {
				// a number field's text that is no number: reported below
			}
		}
		return wrong(field, "form.notANumber", errors);
	}

	private static boolean scalar(Object value) {
		return value instanceof String || value instanceof Number || value instanceof Boolean;
	}

	private static Object wrong(FormField field, String key, List<FieldError> errors, Object... more) {
		errors.add(FormValidator.error(field, key, more));
		return null;
	}

	/**
	 * The values a choice allows: listed in the schema, or (form-js {@code valuesKey}) in
	 * a case variable as a list of {@code {label, value}} or of plain values.
	 */
	static List<String> options(FormField field, Map<String, Object> variables) {
		if (field.options() != null) {
			return field.options();
		}
		Object listed = variables.get(field.valuesKey());
		if (!(listed instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().map((o) -> (o instanceof Map<?, ?> m) ? m.get("value") : o).map(String::valueOf).toList();
	}

	/** The variables whose keys are the form's fields: the form shows nothing else. */
	static Map<String, Object> prefill(List<FormField> fields, Map<String, Object> variables) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (FormField field : fields) {
			Object value = get(variables, field.path());
			if (value != null) {
				put(data, field.path(), value);
			}
			if (field.valuesKey() != null && variables.get(field.valuesKey()) != null) {
				data.put(field.valuesKey(), variables.get(field.valuesKey()));
			}
		}
		return data;
	}

}
