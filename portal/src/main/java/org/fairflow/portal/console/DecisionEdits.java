package org.fairflow.portal.console;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One row of a decision table changed in the browser, on the DOM of the latest version
 * (read without DTDs or external entities), everything else kept.
 */
final class DecisionEdits {

	static final int MAX_ENTRY = 500;

	private DecisionEdits() {
	}

	/** What the edit page offers for a decision model: its decision tables. */
	public record Table(String decisionId, String name, List<String> inputs, List<String> outputs, List<Row> rows) {
	}

	public record Row(String ruleId, String description, List<String> inputs, List<String> outputs) {
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
	 * One rule row of a decision table: its input entries (blank: any value) and output
	 * entries, in column order. The FEEL is checked only for balanced quotes and
	 * brackets; the engine refuses the rest.
	 */
	static byte[] rule(byte[] dmn, String ruleId, List<String> inputs, List<String> outputs) throws ModelEdits.Invalid {
		Document document;
		try {
			document = Xml.parse(dmn);
		}
		catch (ModelDiff.Unreadable ex) {
			throw new ModelEdits.Invalid("console.edit.unreadable", ex.getMessage());
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
			throw new ModelEdits.Invalid("console.edit.unknownElement", String.valueOf(ruleId));
		}
		List<Element> inputEntries = Xml.children(rule, "inputEntry");
		List<Element> outputEntries = Xml.children(rule, "outputEntry");
		if (inputs == null || outputs == null || inputs.size() != inputEntries.size()
				|| outputs.size() != outputEntries.size()) {
			throw new ModelEdits.Invalid("console.edit.ruleShape");
		}
		for (int i = 0; i < inputs.size(); i++) {
			setText(document, inputEntries.get(i), feel(inputs.get(i), true));
		}
		for (int i = 0; i < outputs.size(); i++) {
			setText(document, outputEntries.get(i), feel(outputs.get(i), false));
		}
		return Xml.write(document);
	}

	private static String feel(String entry, boolean blankAllowed) throws ModelEdits.Invalid {
		String value = (entry != null) ? entry.strip() : "";
		if (value.isEmpty() && !blankAllowed) {
			throw new ModelEdits.Invalid("console.edit.outputEmpty");
		}
		if (value.length() > MAX_ENTRY) {
			throw new ModelEdits.Invalid("console.edit.tooLong", MAX_ENTRY);
		}
		if (ModelEdits.CONTROL.matcher(value).find() || value.contains("\n")) {
			throw new ModelEdits.Invalid("console.edit.feelInvalid", value);
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
			throw new ModelEdits.Invalid("console.edit.feelInvalid", value);
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

}
