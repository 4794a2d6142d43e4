package org.fairflow.portal.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the inputs of a form-js schema (the {@code .form} JSON a process owner deploys).
 * Layout components (text, spacer, image…) hold no data; component types the server
 * cannot check (file picker, dynamic list, table, expression) take no data either, so
 * nothing unchecked reaches the process.
 */
final class FormSchema {

	static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "radio", "select",
			"checklist", "taglist", "datetime");

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormSchema() {
	}

	/**
	 * @throws IllegalArgumentException when the bytes are not a form-js schema
	 */
	static List<FormField> fields(byte[] schema) {
		JsonNode root;
		try {
			root = JSON.readTree(schema);
		}
		catch (java.io.IOException ex) {
			throw new IllegalArgumentException("Not a form-js schema: " + ex.getMessage(), ex);
		}
		if (root == null || !root.path("components").isArray()) {
			throw new IllegalArgumentException("Not a form-js schema: no components");
		}
		List<FormField> fields = new ArrayList<>();
		collect(root.path("components"), List.of(), fields);
		return fields;
	}

	private static void collect(JsonNode components, List<String> prefix, List<FormField> into) {
		for (JsonNode component : components) {
			String type = component.path("type").asText("");
			if ("group".equals(type)) {
				collect(component.path("components"), path(prefix, component.path("path").asText("")), into);
			}
			else if (INPUTS.contains(type) && component.hasNonNull("key") && !fixed(component)) {
				into.add(field(component, type, prefix));
			}
		}
	}

	/**
	 * Disabled or read-only for good: the person cannot change it, so nothing is taken.
	 */
	private static boolean fixed(JsonNode component) {
		return component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
	}

	private static FormField field(JsonNode component, String type, List<String> prefix) {
		JsonNode validate = component.path("validate");
		String key = component.path("key").asText();
		boolean conditional = component.path("conditional").hasNonNull("hide");
		return new FormField(path(prefix, key), component.path("label").asText(key), type,
				validate.path("required").asBoolean(false) && !conditional, integer(validate.get("minLength")),
				integer(validate.get("maxLength")), decimal(validate.get("min")), decimal(validate.get("max")),
				text(validate.get("pattern")), text(validate.get("patternErrorMessage")),
				text(validate.get("validationType")), options(component.get("values")),
				text(component.get("valuesKey")));
	}

	private static List<String> path(List<String> prefix, String dotted) {
		List<String> path = new ArrayList<>(prefix);
		Arrays.stream(dotted.split("\\.")).filter((s) -> !s.isBlank()).forEach(path::add);
		return List.copyOf(path);
	}

	private static List<String> options(JsonNode values) {
		if (values == null || !values.isArray()) {
			return null;
		}
		List<String> options = new ArrayList<>();
		values.forEach((v) -> options.add(v.path("value").asText()));
		return List.copyOf(options);
	}

	/** A number, or null: a FEEL expression ({@code =…}) is not evaluated here. */
	private static BigDecimal decimal(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		try {
			return new BigDecimal(node.asText().strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Integer integer(JsonNode node) {
		BigDecimal value = decimal(node);
		return (value == null) ? null : value.intValue();
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull() || node.asText().isBlank()) ? null : node.asText();
	}

}
