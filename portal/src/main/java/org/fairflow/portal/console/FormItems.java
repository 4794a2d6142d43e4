package org.fairflow.portal.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The components of a form (form-js JSON) for the diff, by key: each with its type, label
 * and every other setting (validation, options, conditions) as a path and value.
 */
final class FormItems {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormItems() {
	}

	static List<ModelDiff.Item> of(byte[] content) throws ModelDiff.Unreadable {
		JsonNode form;
		try {
			form = JSON.readTree(content);
		}
		catch (IOException ex) {
			throw new ModelDiff.Unreadable(String.valueOf(ex.getMessage()), ex);
		}
		if (form == null || !form.isObject()) {
			throw new ModelDiff.Unreadable("not a JSON object", null);
		}
		List<ModelDiff.Item> items = new ArrayList<>();
		Map<String, String> properties = new LinkedHashMap<>();
		flatten(properties, "", form, List.of("components", "id", "type", "schemaVersion", "exporter"));
		items.add(new ModelDiff.Item(form.path("id").asText("form"), null, "form", properties));
		components(items, form.path("components"), null);
		return items;
	}

	private static void components(List<ModelDiff.Item> items, JsonNode components, String parent) {
		if (!components.isArray()) {
			return;
		}
		int n = 0;
		for (JsonNode component : components) {
			n++;
			String type = component.path("type").asText("component");
			String key = component.hasNonNull("key") ? component.get("key").asText()
					: component.hasNonNull("id") ? component.get("id").asText() : type + "#" + n;
			String name = component.hasNonNull("label") ? component.get("label").asText()
					: component.hasNonNull("text") ? abbreviate(component.get("text").asText()) : null;
			Map<String, String> properties = new LinkedHashMap<>();
			if (parent != null) {
				properties.put("parent", parent);
			}
			flatten(properties, "", component, List.of("components", "id", "key", "type", "label"));
			items.add(new ModelDiff.Item(key, name, type, properties));
			components(items, component.path("components"), key);
		}
	}

	/**
	 * Every scalar setting as {@code setting|path}, arrays of scalars joined by commas.
	 */
	private static void flatten(Map<String, String> properties, String prefix, JsonNode node, List<String> skip) {
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (prefix.isEmpty() && skip.contains(field.getKey())) {
				continue;
			}
			String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
			JsonNode value = field.getValue();
			if (value.isObject()) {
				flatten(properties, path, value, List.of());
			}
			else if (value.isArray() || value.isNull()) {
				properties.put("setting|" + path, value.toString());
			}
			else {
				properties.put("setting|" + path, value.asText());
			}
		}
	}

	private static String abbreviate(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		return (line.length() > 60) ? line.substring(0, 60) + "…" : line;
	}

}
