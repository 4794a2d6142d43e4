package org.fairflow.portal.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The decisions and rules of a decision model for the diff: a decision with its hit
 * policy and columns, each rule with its input and output entries by column.
 */
final class DmnItems {

	private DmnItems() {
	}

	static List<ModelDiff.Item> of(byte[] content) throws ModelDiff.Unreadable {
		Document document = Xml.parse(content);
		List<ModelDiff.Item> items = new ArrayList<>();
		for (Element decision : Xml.children(document.getDocumentElement(), "decision")) {
			Map<String, String> properties = new LinkedHashMap<>();
			put(properties, "documentation", Xml.childText(decision, "description"));
			List<Element> tables = Xml.children(decision, "decisionTable");
			List<ModelDiff.Item> rules = new ArrayList<>();
			for (Element table : tables) {
				put(properties, "hitPolicy",
						table.hasAttribute("hitPolicy") ? table.getAttribute("hitPolicy") : "UNIQUE");
				List<String> inputs = new ArrayList<>();
				for (Element input : Xml.children(table, "input")) {
					String label = column(input);
					inputs.add(label);
					List<Element> expression = Xml.children(input, "inputExpression");
					put(properties, "column|" + label, expression.isEmpty() ? "" : text(expression.get(0)));
				}
				List<String> outputs = new ArrayList<>();
				for (Element output : Xml.children(table, "output")) {
					String label = column(output);
					outputs.add(label);
					put(properties, "column|" + label, output.getAttribute("name"));
				}
				int n = 0;
				for (Element rule : Xml.children(table, "rule")) {
					n++;
					Map<String, String> entries = new LinkedHashMap<>();
					List<Element> inputEntries = Xml.children(rule, "inputEntry");
					for (int i = 0; i < inputEntries.size(); i++) {
						entries.put("inputEntry|" + ((i < inputs.size()) ? inputs.get(i) : "#" + (i + 1)),
								text(inputEntries.get(i)));
					}
					List<Element> outputEntries = Xml.children(rule, "outputEntry");
					for (int i = 0; i < outputEntries.size(); i++) {
						entries.put("outputEntry|" + ((i < outputs.size()) ? outputs.get(i) : "#" + (i + 1)),
								text(outputEntries.get(i)));
					}
					put(entries, "decision", decision.getAttribute("id"));
					String description = Xml.childText(rule, "description");
					String name = (description != null && !description.isBlank()) ? description.strip()
							: decision.getAttribute("id") + " #" + n;
					rules.add(new ModelDiff.Item(rule.getAttribute("id"), name, "rule", entries));
				}
			}
			Element literal = Xml.children(decision, "literalExpression").stream().findFirst().orElse(null);
			if (literal != null) {
				put(properties, "expression", text(literal));
			}
			items.add(new ModelDiff.Item(decision.getAttribute("id"), decision.getAttribute("name"), "decision",
					properties));
			items.addAll(rules);
		}
		return items;
	}

	/**
	 * A rule's place among the rules both versions have: with a hit policy such as FIRST,
	 * moving a rule changes the decision.
	 */
	static ModelDiff between(byte[] older, byte[] newer) throws ModelDiff.Unreadable {
		List<ModelDiff.Item> before = of(older);
		List<ModelDiff.Item> after = of(newer);
		List<String> common = after.stream()
			.filter((item) -> item.type().equals("rule"))
			.map(ModelDiff.Item::id)
			.filter((id) -> before.stream().anyMatch((other) -> other.id().equals(id)))
			.toList();
		return ModelDiff.compare(positioned(before, common), positioned(after, common));
	}

	private static List<ModelDiff.Item> positioned(List<ModelDiff.Item> items, List<String> common) {
		List<ModelDiff.Item> positioned = new ArrayList<>();
		int position = 0;
		for (ModelDiff.Item item : items) {
			if (common.contains(item.id())) {
				Map<String, String> properties = new LinkedHashMap<>(item.properties());
				properties.put("position", String.valueOf(++position));
				positioned.add(new ModelDiff.Item(item.id(), item.name(), item.type(), properties));
			}
			else {
				positioned.add(item);
			}
		}
		return positioned;
	}

	/** A column's label, else its output name or expression, else its id. */
	static String column(Element column) {
		if (!column.getAttribute("label").isBlank()) {
			return column.getAttribute("label");
		}
		if (!column.getAttribute("name").isBlank()) {
			return column.getAttribute("name");
		}
		List<Element> expression = Xml.children(column, "inputExpression");
		return expression.isEmpty() ? column.getAttribute("id") : text(expression.get(0));
	}

	static String text(Element entry) {
		String text = Xml.childText(entry, "text");
		return (text != null) ? text.strip() : "";
	}

	private static void put(Map<String, String> properties, String key, String value) {
		if (value != null && !value.isBlank()) {
			properties.put(key, value.strip());
		}
	}

}
