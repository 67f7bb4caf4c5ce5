package dev.blastmap.io.kiali;

import com.google.gson.stream.JsonToken;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.JsonSyntax;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.io.json.JsonWalk;
import dev.blastmap.model.Kind;
import dev.blastmap.text.MessageText;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Kiali graph ({@code /api/namespaces/graph}): {@code {"elements":{"nodes":[{"data":{...}}],
 * "edges":[{"data":{"source","target",...}}]}}}. An edge's source is the client, so it depends on the
 * target. Kiali's node ids are hashes, so a service is named after what it is: a {@code service} node by its
 * service, a {@code workload} by its workload, an {@code app} by its app and version ({@code reviews-v2});
 * names that clash get their namespace in front, and in a multi-cluster graph their cluster before that. Box
 * nodes ({@code isBox}) are groups, not services. The
 * namespace, cluster, version and node type are kept as tags; a service entry is {@code external}. The
 * document is streamed: memory holds each element's scalar fields, not the text or a tree of it.
 */
public final class KialiReader implements GraphReader {

    static final String FORMAT = "Kiali";
    private static final Pattern ELEMENTS = Pattern.compile("\"elements\"\\s*:");
    private static final List<String> KIALI_KEYS = List.of("\"nodeType\"", "\"graphType\"", "\"isBox\"",
            "\"traffic\"");

    /** True if the start of a file looks like a Kiali graph. */
    public static boolean looksLike(String head) {
        // the first "elements": and a Kiali key after it; searched, not backtracked, so linear in the head
        Matcher elements = ELEMENTS.matcher(head);
        if (elements.find() && KIALI_KEYS.stream().anyMatch(k -> head.indexOf(k, elements.end()) >= 0)) {
            return true;
        }
        return head.contains("\"graphType\"") && head.contains("\"elements\"");
    }

    /** A node as Kiali describes it: the scalar fields of its {@code data} ("" for any other value). */
    private record KialiNode(String kialiId, Map<String, String> data, int line) {
        String field(String name) {
            return data.getOrDefault(name, "").strip();
        }

        boolean isBox() {
            return !field("isBox").isEmpty() || "box".equals(field("nodeType"));
        }

        String name() {
            String type = field("nodeType");
            String version = field("version");
            String base = switch (type) {
                case "service" -> field("service");
                case "workload" -> field("workload");
                case "app" -> field("app") + (version.isEmpty() || "latest".equals(version) ? "" : "-" + version);
                case "aggregate" -> field("aggregate") + "=" + field("aggregateValue");
                case "box" -> boxName();
                default -> first(field("service"), field("workload"), field("app"), type);
            };
            return base.isBlank() || base.equals("=") ? kialiId : base;
        }

        private String boxName() {
            return switch (field("isBox")) {
                case "namespace" -> field("namespace");
                case "cluster" -> field("cluster");
                case "service" -> field("service");
                default -> first(field("app"), field("service"), field("namespace"));
            };
        }

        private static String first(String... values) {
            for (String v : values) {
                if (!v.isEmpty()) {
                    return v;
                }
            }
            return "";
        }
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        JsonWalk cursor = JsonWalk.of(in);
        Elements elements = JsonSyntax.read(cursor.reader(), source, FORMAT, () -> elements(cursor));
        int rootLine = elements.rootLine;
        if (!elements.found) {
            throw assembler.fatal(rootLine, 0, "expected a Kiali graph {\"elements\": {\"nodes\": [...], \"edges\": [...]}}");
        }
        if (!elements.notLists.isEmpty()) {
            throw assembler.fatal(rootLine, 0, "\"elements\"." + elements.notLists.get(0) + " must be a list");
        }
        List<KialiNode> nodes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Element element : elements.nodes) {
            if (element.data() == null) {
                assembler.error(element.line(), 0, "each of \"elements\".nodes must be an object with \"data\"");
                continue;
            }
            String id = element.data().getOrDefault("id", "");
            if (id.isBlank()) {
                assembler.error(element.line(), 0, "a node has no \"id\"");
                continue;
            }
            Integer first = seen.putIfAbsent(id, element.line());
            if (first != null) {
                assembler.error(element.line(), 0, "the id " + MessageText.quoted(id) + " is defined twice: first at "
                        + "line " + first + ", again here; Kiali ids are unique");
                continue;
            }
            nodes.add(new KialiNode(id, element.data(), element.line()));
        }
        Map<String, String> ids = ids(nodes);
        Map<String, KialiNode> byKialiId = new HashMap<>();
        nodes.forEach(n -> byKialiId.put(n.kialiId(), n));
        for (KialiNode n : nodes) {
            NodeDraft node = assembler.node(ids.get(n.kialiId()), n.line()).orElseThrow();
            if (n.isBox()) {
                node.markGroup();
                continue;
            }
            node.label(n.name());
            tag(node, "namespace", n.field("namespace"));
            tag(node, "cluster", n.field("cluster"));
            tag(node, "version", n.field("version"));
            tag(node, "kiali", n.field("nodeType"));
            if (n.data().containsKey("isServiceEntry")) {
                node.kind(Kind.EXTERNAL);
            }
            if ("true".equals(n.field("isRoot"))) {
                node.tag("root");
            }
            if ("true".equals(n.field("isDead"))) {
                node.tag("dead");
            }
            KialiNode parent = byKialiId.get(n.field("parent"));
            if (parent != null) {
                node.group(parent.name());
            }
        }
        for (Element element : elements.edges) {
            if (element.data() == null) {
                assembler.error(element.line(), 0, "each of \"elements\".edges must be an object with \"data\"");
                continue;
            }
            String from = element.data().getOrDefault("source", "");
            String to = element.data().getOrDefault("target", "");
            if (!ids.containsKey(from) || !ids.containsKey(to)) {
                assembler.error(element.line(), 0, "an edge's \"source\" and \"target\" must be ids of nodes in the file");
                continue;
            }
            assembler.edge(ids.get(from), ids.get(to), element.line());
        }
        return assembler.build();
    }

    private static void tag(NodeDraft node, String name, String value) {
        if (!value.isEmpty() && !"unknown".equals(value)) {
            node.tag(name + ":" + value);
        }
    }

    /**
     * Readable ids: the name, else namespace/name, else cluster/namespace/name (the same app in two clusters of
     * a multi-cluster mesh), else those with the node type, else Kiali's id.
     */
    private static Map<String, String> ids(List<KialiNode> nodes) {
        List<Function<KialiNode, String>> candidates = List.of(
                KialiNode::name,
                n -> n.field("namespace") + "/" + n.name(),
                n -> n.field("cluster") + "/" + n.field("namespace") + "/" + n.name(),
                n -> n.field("namespace") + "/" + n.name() + " (" + n.field("nodeType") + ")",
                n -> n.field("cluster") + "/" + n.field("namespace") + "/" + n.name() + " (" + n.field("nodeType") + ")",
                KialiNode::kialiId);
        Map<String, String> ids = new LinkedHashMap<>();
        // boxes are not services; their ids only need to be distinct from every service's
        nodes.stream().filter(KialiNode::isBox).forEach(n -> ids.put(n.kialiId(), "\u0000box " + n.kialiId()));
        List<KialiNode> pending = nodes.stream().filter(n -> !n.isBox()).toList();
        for (Function<KialiNode, String> candidate : candidates) {
            Map<String, Integer> counts = new HashMap<>();
            for (KialiNode n : nodes) {
                counts.merge(ids.containsKey(n.kialiId()) ? ids.get(n.kialiId()) : candidate.apply(n), 1, Integer::sum);
            }
            List<KialiNode> clashing = new ArrayList<>();
            for (KialiNode n : pending) {
                if (counts.get(candidate.apply(n)) == 1 || candidate == candidates.get(candidates.size() - 1)) {
                    ids.put(n.kialiId(), candidate.apply(n));
                } else {
                    clashing.add(n);
                }
            }
            pending = clashing;
        }
        return ids;
    }

    /** An element's {@code data} (null if it has none) and the line the element starts on. */
    private record Element(Map<String, String> data, int line) {
    }

    /** The nodes and edges of {@code elements}, and which of the two were not lists. */
    private static final class Elements {
        final List<Element> nodes = new ArrayList<>();
        final List<Element> edges = new ArrayList<>();
        final List<String> notLists = new ArrayList<>();
        /** Whether the document is an object with {@code elements}. */
        boolean found;
        int rootLine;
    }

    /** The top level's {@code elements}, streamed. */
    private static Elements elements(JsonWalk cursor) throws IOException {
        Elements elements = new Elements();
        elements.rootLine = cursor.at().line();
        cursor.fields(name -> {
            if (!name.equals("elements") || cursor.reader().peek() != JsonToken.BEGIN_OBJECT) {
                cursor.reader().skipValue();
                return;
            }
            elements.found = true;
            cursor.fields(list -> {
                List<Element> out = list.equals("nodes") ? elements.nodes
                        : list.equals("edges") ? elements.edges : null;
                if (out == null || cursor.reader().peek() == JsonToken.NULL) {
                    cursor.reader().skipValue();
                } else if (!cursor.items((i, at) -> out.add(new Element(data(cursor), at.line())))) {
                    elements.notLists.add(list);
                }
            });
        });
        return elements;
    }

    /** The scalar fields of an element's {@code data}, "" for other values; null if there is no such object. */
    private static Map<String, String> data(JsonWalk cursor) throws IOException {
        Map<String, String> data = new HashMap<>();
        boolean[] hasData = new boolean[1];
        cursor.fields(name -> {
            if (name.equals("data")) {
                hasData[0] = cursor.fields(field -> {
                    String value = cursor.scalar();
                    data.put(field, value == null ? "" : value);
                });
            } else {
                cursor.reader().skipValue();
            }
        });
        return hasData[0] ? data : null;
    }
}
