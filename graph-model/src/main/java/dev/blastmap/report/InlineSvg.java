package dev.blastmap.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Makes a picture's SVG fit to sit inside the XHTML report: parsed without fetching anything (no DTD, no
 * external entities), stripped of anything active ({@code script}, {@code foreignObject}, event handler
 * attributes, links that leave the document) and written back without an XML declaration. The painter
 * escapes its labels already; this is the second lock on the door, and it proves the SVG well-formed.
 */
final class InlineSvg {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final List<String> ACTIVE_ELEMENTS = List.of("script", "foreignObject", "iframe", "object", "embed");

    private InlineSvg() {
    }

    /**
     * The SVG element as markup to embed, with a class for the report's CSS.
     *
     * @throws IllegalArgumentException if the text is not a well-formed SVG document
     */
    static String embeddable(String svg, String cssClass) {
        return embed(svg, cssClass).markup();
    }

    /** Decides the printed width and height, as CSS lengths, of a picture of the given size. */
    @FunctionalInterface
    interface PrintSize {
        String[] of(double width, double height);
    }

    /**
     * An SVG ready to embed, and its size from its {@code viewBox} (or {@code width} and {@code height}).
     *
     * @param markup the {@code svg} element, without XML declaration
     * @param width  its width in its own units, 0 when unknown
     * @param height its height in its own units, 0 when unknown
     */
    record Embedded(String markup, double width, double height) {

        /** True for a picture much wider than tall, which deserves a landscape page when printed. */
        boolean isWide(double minimumWidth, double minimumRatio) {
            return width >= minimumWidth && height > 0 && width / height >= minimumRatio;
        }
    }

    /**
     * The SVG element as markup to embed, with a class for the report's CSS, and its size.
     *
     * @throws IllegalArgumentException if the text is not a well-formed SVG document
     */
    static Embedded embed(String svg, String cssClass) {
        return embed(svg, cssClass, null);
    }

    /**
     * The SVG element as markup to embed, with a class for the report's CSS, its size, and its printed size
     * set by {@code printSize} from its own width and height (the attributes stay as they are when it returns
     * null).
     *
     * @throws IllegalArgumentException if the text is not a well-formed SVG document
     */
    static Embedded embed(String svg, String cssClass, PrintSize printSize) {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException("the picture is not an SVG document");
        }
        disarm(root);
        root.setAttribute("class", cssClass);
        double[] size = size(root);
        String[] printed = printSize == null || size[0] == 0 || size[1] == 0 ? null : printSize.of(size[0], size[1]);
        if (printed != null) {
            root.setAttribute("width", printed[0]);
            root.setAttribute("height", printed[1]);
            if (!root.hasAttribute("viewBox")) {
                root.setAttribute("viewBox", "0 0 " + size[0] + " " + size[1]);
            }
        }
        return new Embedded(serialize(document), size[0], size[1]);
    }

    private static double[] size(Element root) {
        String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if (box.length == 4) {
            return new double[] {number(box[2]), number(box[3])};
        }
        return new double[] {number(root.getAttribute("width")), number(root.getAttribute("height"))};
    }

    private static double number(String text) {
        try {
            double value = Double.parseDouble(text.trim().replaceAll("px$", ""));
            return Double.isFinite(value) && value > 0 ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Document parse(String svg) {
        try {
            return XmlDocuments.parse(svg);
        } catch (SAXException e) {
            throw new IllegalArgumentException("the picture is not well-formed SVG: " + e.getMessage(), e);
        }
    }

    private static void disarm(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            String value = a.getValue().strip().toLowerCase(Locale.ROOT);
            boolean link = name.equals("href") || name.equals("src");
            if (name.toLowerCase(Locale.ROOT).startsWith("on") || (link && !value.startsWith("#"))
                    || value.contains("javascript:") || value.contains("url(http")) {
                drop.add(a);
            }
        }
        drop.forEach(element::removeAttributeNode);
        NodeList children = element.getChildNodes();
        List<Node> remove = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                if (ACTIVE_ELEMENTS.contains(e.getLocalName())) {
                    remove.add(e);
                } else {
                    disarm(e);
                }
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                remove.add(child);
            }
        }
        remove.forEach(element::removeChild);
    }

    private static String serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document.getDocumentElement()), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the picture back as XML", e);
        }
    }
}
