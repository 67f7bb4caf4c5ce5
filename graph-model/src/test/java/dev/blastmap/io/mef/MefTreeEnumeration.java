package dev.blastmap.io.mef;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A top event's probability in a written Open-PSA MEF tree, by the definition: the sum, over every assignment of
 * failed and working basic events, of the assignment's probability where the top gate is true. Test code, for
 * the small trees of property tests (up to 20 basic events), and independent of both {@link MefWriter}'s model and
 * SCRAM: it reads only the XML, with the MEF's meaning of {@code or}, {@code and}, {@code atleast min} and a gate
 * that names one event.
 */
final class MefTreeEnumeration {

    private final Map<String, Element> gates = new HashMap<>();
    private final List<String> events = new ArrayList<>();
    private final Map<String, Double> probabilities = new HashMap<>();

    private MefTreeEnumeration(Document doc) {
        NodeList defined = doc.getElementsByTagName("define-gate");
        for (int i = 0; i < defined.getLength(); i++) {
            Element gate = (Element) defined.item(i);
            gates.put(gate.getAttribute("name"), formula(gate));
        }
        NodeList basic = doc.getElementsByTagName("define-basic-event");
        for (int i = 0; i < basic.getLength(); i++) {
            Element event = (Element) basic.item(i);
            events.add(event.getAttribute("name"));
            Element value = (Element) event.getElementsByTagName("float").item(0);
            probabilities.put(event.getAttribute("name"), Double.parseDouble(value.getAttribute("value")));
        }
    }

    /** Reads a written tree. */
    static MefTreeEnumeration of(String mef) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new MefTreeEnumeration(f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(mef.getBytes(StandardCharsets.UTF_8))));
    }

    /** The probability that this gate is true (the service it stands for is down). */
    double probability(String top) {
        if (events.size() > 20) {
            throw new IllegalArgumentException(events.size() + " basic events: too many to enumerate");
        }
        double sum = 0;
        for (int failed = 0; failed < 1 << events.size(); failed++) {
            double p = 1;
            Map<String, Boolean> state = new HashMap<>();
            for (int e = 0; e < events.size(); e++) {
                boolean down = (failed & 1 << e) != 0;
                double q = probabilities.get(events.get(e));
                p *= down ? q : 1 - q;
                state.put(events.get(e), down);
            }
            if (p > 0 && truth(gates.get(top), state)) {
                sum += p;
            }
        }
        return sum;
    }

    private boolean truth(Element formula, Map<String, Boolean> state) {
        return switch (formula.getTagName()) {
            case "basic-event" -> state.getOrDefault(formula.getAttribute("name"), false);
            case "gate" -> truth(gates.get(formula.getAttribute("name")), state);
            case "or" -> count(formula, state) > 0;
            case "and" -> count(formula, state) == children(formula).size();
            case "atleast" -> count(formula, state) >= Integer.parseInt(formula.getAttribute("min"));
            default -> throw new IllegalArgumentException("not in the MEF subset enumerated: " + formula.getTagName());
        };
    }

    private int count(Element formula, Map<String, Boolean> state) {
        int n = 0;
        for (Element child : children(formula)) {
            n += truth(child, state) ? 1 : 0;
        }
        return n;
    }

    private static Element formula(Element gate) {
        for (Element child : children(gate)) {
            if (!child.getTagName().equals("label")) {
                return child;
            }
        }
        throw new IllegalArgumentException("gate " + gate.getAttribute("name") + " has no formula");
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
