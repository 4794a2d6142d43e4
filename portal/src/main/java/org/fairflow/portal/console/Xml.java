package org.fairflow.portal.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading and writing the XML of a decision model, without DTDs or external entities. */
final class Xml {

	private Xml() {
	}

	static Document parse(byte[] content) throws ModelDiff.Unreadable {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
		}
		catch (Exception ex) {
			throw new ModelDiff.Unreadable(String.valueOf(ex.getMessage()), ex);
		}
	}

	/** The document as UTF-8, with its XML declaration; nothing else is changed. */
	static byte[] write(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.STANDALONE, "no");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot write an XML document", ex);
		}
	}

	/** The element children of a node with a local name, in the document's namespace. */
	static List<Element> children(Node parent, String localName) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && localName.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	/** The text of the first child element with a local name, or null. */
	static String childText(Node parent, String localName) {
		List<Element> children = children(parent, localName);
		return children.isEmpty() ? null : children.get(0).getTextContent();
	}

}
