package dev.blastmap.io.graphml;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.io.assemble.EdgeDraft;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.HardenedXml;
import dev.blastmap.io.assemble.NodeDraft;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One pass over a GraphML document for {@link GraphmlReader}: keys, their defaults, nodes (a node holding a
 * nested graph is a group), edges and their data, into a {@link GraphAssembler}. Not thread-safe; one per read.
 */
final class GraphmlPass {

    private static final String YED_NAMESPACE = "http://www.yworks.com/xml/graphml";
    /** yEd Live and yFiles for HTML: {@code yfiles-common/4.0}, {@code yfiles-for-html/2.0/xaml}, ... */
    private static final String YFILES_NAMESPACES = "http://www.yworks.com/xml/yfiles-";

    /** A {@code <key>}: what a {@code <data key=...>} means. */
    private record Key(String name, String domain, String fallback) {
    }

    private final XMLStreamReader xml;
    private final GraphAssembler assembler;
    private final Map<String, Key> keys = new HashMap<>();
    private final Map<String, String> parentGroup = new LinkedHashMap<>();
    private final Deque<String> openNodes = new ArrayDeque<>();
    private final Deque<String> openGroups = new ArrayDeque<>();
    private final Deque<Set<String>> givenKeys = new ArrayDeque<>();
    private EdgeDraft openEdge;
    private int depth;
    private boolean warnedUndirected;
    private Key openKey;
    private boolean inDefault;
    private final StringBuilder text = new StringBuilder();
    private String dataKey;
    private int dataDepth;
    private String nodeLabel;
    private boolean inNodeLabel;
    private boolean isYed;
    private boolean hasDefaults;

    GraphmlPass(XMLStreamReader xml, GraphAssembler assembler) {
        this.xml = xml;
        this.assembler = assembler;
    }

    void run() throws XMLStreamException, GraphImportException {
        boolean sawRoot = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (HardenedXml.isDoctype(event)) {
                throw assembler.fatal(line(), 0, GraphmlReader.DOCTYPE_REFUSED);
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > GraphmlReader.MAX_DEPTH) {
                        throw assembler.fatal(line(), 0, "elements nested more than " + GraphmlReader.MAX_DEPTH + " deep");
                    }
                    if (!sawRoot) {
                        sawRoot = true;
                        if (!"graphml".equals(xml.getLocalName())) {
                            throw assembler.fatal(line(), 0, "not GraphML: the document starts with <"
                                    + xml.getLocalName() + ">, not <graphml>");
                        }
                        for (int i = 0; i < xml.getNamespaceCount(); i++) {
                            String uri = String.valueOf(xml.getNamespaceURI(i));
                            isYed |= YED_NAMESPACE.equals(uri) || uri.startsWith(YFILES_NAMESPACES);
                        }
                        if (isYed) {
                            assembler.preferLabelsAsIds();
                        }
                    }
                    start();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    end();
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inDefault || inNodeLabel || (dataKey != null && depth == dataDepth)) {
                        text.append(xml.getText());
                    }
                }
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
        if (!sawRoot) {
            throw assembler.fatal(line(), 0, "the file is empty");
        }
        resolveGroups();
    }

    private void start() throws GraphImportException {
        String name = xml.getLocalName();
        if (dataKey != null) {
            if (("NodeLabel".equals(name) || "Label.Text".equals(name)) && nodeLabel == null) {
                inNodeLabel = true;
                text.setLength(0);
            } else if ("Label".equals(name) && nodeLabel == null && attr("Text") != null) {
                // yFiles for HTML and yEd Live: <x:List><y:Label Text="web"> inside the NodeLabels data
                nodeLabel = attr("Text").strip();
            }
            return;
        }
        switch (name) {
            case "key" -> {
                String id = attr("id");
                String attrName = attr("attr.name");
                String yfiles = attr("yfiles.type");
                String uri = attr("attr.uri");
                if (uri != null && uri.startsWith("http://www.yworks.com/") && attrName != null) {
                    // yFiles for HTML / yEd Live drawing data: NodeLabels, NodeStyle, zOrder, UserTags, ...
                    yfiles = attrName;
                    attrName = null;
                }
                openKey = new Key(attrName != null ? attrName : yfiles != null ? "yfiles:" + yfiles : id,
                        attr("for") == null ? "all" : attr("for"), null);
                if (id == null) {
                    assembler.error(line(), 0, "a <key> has no id");
                } else {
                    keys.put(id, openKey);
                }
            }
            case "default" -> {
                if (openKey != null) {
                    inDefault = true;
                    text.setLength(0);
                }
            }
            case "graph" -> startGraph();
            case "node" -> startNode();
            case "edge" -> startEdge();
            case "data" -> {
                dataKey = attr("key");
                dataDepth = depth;
                nodeLabel = null;
                text.setLength(0);
                if (dataKey == null) {
                    assembler.warn(line(), "a <data> element has no key; ignored");
                }
            }
            default -> {
                // <desc>, <port>, <hyperedge>, yEd's <y:Resources>: nothing about dependencies
            }
        }
    }

    private void startGraph() {
        if (!openNodes.isEmpty()) {
            String group = openNodes.peek();
            assembler.existing(group).ifPresent(NodeDraft::markGroup);
            openGroups.push(group);
        } else {
            openGroups.push("");
        }
        if ("undirected".equals(attr("edgedefault")) && !warnedUndirected) {
            warnedUndirected = true;
            assembler.warn(line(), "the graph is undirected; each edge is read as source depends on target");
        }
    }

    private void startNode() throws GraphImportException {
        givenKeys.push(new HashSet<>());
        String id = attr("id");
        if (id == null || id.isBlank()) {
            assembler.error(line(), 0, "a <node> has no id");
            openNodes.push("");
            return;
        }
        Optional<NodeDraft> node = assembler.define(id, line(), column());
        openNodes.push(node.map(NodeDraft::id).orElse(""));
        node.ifPresent(n -> {
            String group = openGroups.isEmpty() ? "" : openGroups.peek();
            if (!group.isEmpty()) {
                parentGroup.put(n.id(), group);
            }
        });
    }

    /** Applies the {@code <default>} of every node key the closing node gave no value of its own. */
    private void endNode() throws GraphImportException {
        Set<String> given = givenKeys.isEmpty() ? Set.of() : givenKeys.pop();
        Optional<NodeDraft> node = openNodes.isEmpty() ? Optional.empty() : assembler.existing(openNodes.peek());
        if (node.isEmpty() || !hasDefaults) {
            return;
        }
        for (Map.Entry<String, Key> e : keys.entrySet()) {
            Key key = e.getValue();
            if (key.fallback() != null && !given.contains(e.getKey()) && !key.name().startsWith("yfiles:")
                    && ("node".equals(key.domain()) || "all".equals(key.domain()))) {
                AttributeMapping.node(assembler, node.get(), key.name(), key.fallback(), line());
            }
        }
    }

    private void startEdge() throws GraphImportException {
        String source = attr("source");
        String target = attr("target");
        if (source == null || target == null) {
            assembler.error(line(), 0, "an <edge> needs both a source and a target");
            return;
        }
        openEdge = assembler.edge(source, target, line());
    }

    private void end() throws GraphImportException {
        String name = xml.getLocalName();
        if (inNodeLabel && ("NodeLabel".equals(name) || "Label.Text".equals(name))) {
            inNodeLabel = false;
            nodeLabel = text.toString().strip();
            text.setLength(0);
            return;
        }
        if (dataKey != null && depth > dataDepth) {
            return;
        }
        switch (name) {
            case "default" -> {
                if (openKey != null && inDefault) {
                    Key k = openKey;
                    openKey = new Key(k.name(), k.domain(), text.toString());
                    hasDefaults = true;
                    keys.replaceAll((id, key) -> key == k ? openKey : key);
                }
                inDefault = false;
            }
            case "key" -> openKey = null;
            case "graph" -> openGroups.poll();
            case "node" -> {
                endNode();
                openNodes.poll();
            }
            case "edge" -> {
                openEdge = null;
            }
            case "data" -> endData();
            default -> {
                // nothing to finish
            }
        }
    }

    private void endData() throws GraphImportException {
        String keyId = dataKey;
        String value = text.toString();
        String label = nodeLabel;
        dataKey = null;
        nodeLabel = null;
        text.setLength(0);
        if (keyId == null) {
            return;
        }
        Key key = keys.getOrDefault(keyId, new Key(keyId, "all", null));
        if (openEdge != null) {
            edgeData(key.name(), value);
        } else if (!openNodes.isEmpty()) {
            if (!givenKeys.isEmpty()) {
                givenKeys.peek().add(keyId);
            }
            Optional<NodeDraft> node = assembler.existing(openNodes.peek());
            if (node.isPresent()) {
                if (label != null && !label.isEmpty()) {
                    node.get().label(label, 0);
                } else if (!key.name().startsWith("yfiles:")) {
                    AttributeMapping.node(assembler, node.get(), key.name(), value, line());
                }
            }
        } else {
            graphData(key.name(), value);
        }
    }

    private void edgeData(String key, String value) throws GraphImportException {
        AttributeMapping.edge(assembler, openEdge, key, value, line());
    }

    private void graphData(String key, String value) {
        switch (AttributeMapping.normalise(key)) {
            case "name", "label", "title" -> assembler.name(value);
            case "description" -> assembler.description(value);
            case "sources", "source" -> value.lines().forEach(assembler::addSource);
            default -> {
                // other graph attributes (yEd's resources, Gephi's timestamps) are not part of the model
            }
        }
    }

    private void resolveGroups() {
        for (Map.Entry<String, String> e : parentGroup.entrySet()) {
            Optional<NodeDraft> member = assembler.existing(e.getKey());
            Optional<NodeDraft> group = assembler.existing(e.getValue());
            if (member.isPresent() && group.isPresent() && member.get().group() == null) {
                NodeDraft g = group.get();
                member.get().group(g.label() != null ? g.label().strip() : g.id());
            }
        }
    }

    private String attr(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (name.equals(xml.getAttributeLocalName(i)) || name.equals(qualified(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private String qualified(int i) {
        String prefix = xml.getAttributePrefix(i);
        String local = xml.getAttributeLocalName(i);
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private int column() {
        Location at = xml.getLocation();
        return at == null ? 0 : Math.max(0, at.getColumnNumber());
    }

    private int line() {
        Location at = xml.getLocation();
        return at == null ? 0 : Math.max(0, at.getLineNumber());
    }
}
