package causal.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A written SVG file parsed back as XML, with the questions the plot tests ask of it. */
final class SvgDocument {
    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    static SvgDocument parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Batik writes the SVG 1.0 DOCTYPE; never fetch its DTD from the network.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setNamespaceAware(true);
            return new SvgDocument(factory.newDocumentBuilder().parse(file.toFile()));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("not well-formed XML: " + file + ": " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** The content of every {@code <text>} element, in document order. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** How many outlines are drawn with a dash pattern; fills (stroke none) do not count. */
    int dashedShapes() {
        int count = 0;
        NodeList nodes = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            boolean shape = element.getLocalName().equals("path") || element.getLocalName().equals("rect");
            if (shape && !inherited(element, "stroke").equals("none")
                    && !inherited(element, "stroke-dasharray").equals("none")) {
                count++;
            }
        }
        return count;
    }

    /** An attribute's value as set on the element or its nearest ancestor that sets it; {@code "none"} if none does. */
    private static String inherited(Element element, String attribute) {
        for (org.w3c.dom.Node n = element; n instanceof Element; n = n.getParentNode()) {
            String value = ((Element) n).getAttribute(attribute);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "none";
    }
}
