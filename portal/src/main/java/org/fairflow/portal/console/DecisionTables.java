package org.fairflow.portal.console;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The decision tables of a DMN file, read for display: each decision's hit policy, its
 * inputs and outputs, and its rules with their entries. Read-only; any DMN namespace (1.1
 * to 1.5) is read, a decision that is no table is left out.
 */
final class DecisionTables {

	/** One decision table. */
	record Table(String decisionId, String name, String hitPolicy, List<Column> inputs, List<Column> outputs,
			List<Rule> rules) {
	}

	/**
	 * An input (label and the expression it reads) or an output (label and the variable
	 * it sets).
	 */
	record Column(String label, String expression) {
	}

	/** One rule: its entries, one per input, then one per output. */
	record Rule(String description, List<String> inputEntries, List<String> outputEntries) {
	}

	/** The file is no DMN this page can read. */
	static final class Unreadable extends Exception {

		Unreadable(Throwable cause) {
			super(cause);
		}

	}

	private DecisionTables() {
	}

	static List<Table> read(byte[] dmn) throws Unreadable {
		Element root;
		try {
			root = parser().parse(new ByteArrayInputStream(dmn)).getDocumentElement();
		}
		catch (Exception ex) {
			throw new Unreadable(ex);
		}
		List<Table> tables = new ArrayList<>();
		for (Element decision : children(root, "decision")) {
			for (Element table : children(decision, "decisionTable")) {
				tables.add(table(decision, table));
			}
		}
		return tables;
	}

	private static Table table(Element decision, Element table) {
		List<Column> inputs = children(table, "input").stream()
			.map((input) -> new Column(input.getAttribute("label"),
					children(input, "inputExpression").stream().map(DecisionTables::text).findFirst().orElse("")))
			.toList();
		List<Column> outputs = children(table, "output").stream()
			.map((output) -> new Column(output.getAttribute("label"), output.getAttribute("name")))
			.toList();
		List<Rule> rules = children(table, "rule").stream()
			.map((rule) -> new Rule(
					children(rule, "description").stream()
						.map(Element::getTextContent)
						.findFirst()
						.map(String::strip)
						.orElse(""),
					children(rule, "inputEntry").stream().map(DecisionTables::text).toList(),
					children(rule, "outputEntry").stream().map(DecisionTables::text).toList()))
			.toList();
		String hitPolicy = table.hasAttribute("hitPolicy") ? table.getAttribute("hitPolicy") : "UNIQUE";
		if (table.hasAttribute("aggregation")) {
			hitPolicy += " " + table.getAttribute("aggregation");
		}
		return new Table(decision.getAttribute("id"), decision.getAttribute("name"), hitPolicy, inputs, outputs, rules);
	}

	/** The text of an expression element's {@code <text>}; empty is "any value" ("-"). */
	private static String text(Element expression) {
		String text = children(expression, "text").stream().map(Element::getTextContent).findFirst().orElse("").strip();
		return text.isEmpty() ? "-" : text;
	}

	private static List<Element> children(Element parent, String localName) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && localName.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/** No DTDs, no external entities: the file comes from a user. */
	private static DocumentBuilder parser() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setExpandEntityReferences(false);
		factory.setXIncludeAware(false);
		return factory.newDocumentBuilder();
	}

}
