package dev.blastmap.io.gml;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.io.assemble.EdgeDraft;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.gml.GmlEventDrivenImporter;

/**
 * Reads GML as NetworkX, yEd and Gephi write it ({@code graph [ directed 1 node [ id 0 label "a" ] edge [
 * source 0 target 1 ] ]}) with JGraphT's event-driven GML importer. An edge's source depends on its target.
 * A node's {@code label} is its id when labels are distinct (NetworkX writes the node name there), else the
 * numeric id is kept. Other string and number attributes map as for every format; nested lists such as
 * {@code graphics [...]} are ignored. Numbers may carry a leading {@code +}. A graph without {@code directed 1} is
 * undirected in GML: it is read all the same, each edge as source depends on target, with a warning.
 *
 * <p>Before parsing, the bracket nesting is checked against {@link #MAX_DEPTH}: the ANTLR parser underneath
 * recurses once per level and would otherwise overflow the stack on a hostile file.
 */
public final class GmlReader implements GraphReader {

    /** Lists nested deeper than this are refused. */
    public static final int MAX_DEPTH = 64;

    static final String FORMAT = "GML";
    private static final Pattern DIRECTED = Pattern.compile("\\bdirected\\s+1\\b");
    private static final Pattern LINE = Pattern.compile("line (\\d+):(\\d+)");

    /**
     * True if the start of a file looks like GML: comments and {@code key value} pairs (such as {@code Creator
     * "yEd"}), then {@code graph [}. A single left-to-right scan, so any head is sniffed in linear time.
     */
    public static boolean looksLike(String head) {
        GmlTokens tokens = new GmlTokens(head.replace("\uFEFF", ""));
        for (String key = tokens.next(); key != null; key = tokens.next()) {
            if (!isKey(key)) {
                return false;
            }
            String value = tokens.next();
            if (key.equals("graph") && value != null && value.equals("[")) {
                return true;
            }
            if (value == null || value.equals("[") || value.equals("]")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isKey(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetterOrDigit(token.charAt(i)) && token.charAt(i) != '_') {
                return false;
            }
        }
        return !token.isEmpty();
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        String text = forJGraphT(readAll(in));
        checkDepth(text, assembler);
        Map<Integer, Map<String, String>> nodes = new LinkedHashMap<>();
        List<Triple<Integer, Integer, Double>> edges = new ArrayList<>();
        Map<Triple<Integer, Integer, Double>, Map<String, String>> edgeAttributes = new LinkedHashMap<>();
        GmlEventDrivenImporter importer = new GmlEventDrivenImporter();
        importer.addVertexConsumer(v -> nodes.computeIfAbsent(v, k -> new LinkedHashMap<>()));
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new LinkedHashMap<>())
                .put(p.getSecond(), value(a)));
        importer.addEdgeConsumer(edges::add);
        importer.addEdgeAttributeConsumer((p, a) -> edgeAttributes.computeIfAbsent(p.getFirst(),
                k -> new LinkedHashMap<>()).put(p.getSecond(), value(a)));
        try {
            importer.importInput(new StringReader(text));
        } catch (ImportException | IllegalArgumentException | IllegalStateException e) {
            Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            int column = line > 0 ? Integer.parseInt(m.group(2)) + 1 : 0;
            throw assembler.fatal(line, column, "not valid GML: " + String.valueOf(e.getMessage())
                    .replaceFirst("^Failed to import gml graph: ", "").replaceFirst("line \\d+:\\d+ ", ""));
        }
        if (!DIRECTED.matcher(text).find()) {
            assembler.warn(0, "the graph is undirected (no \"directed 1\"); each edge is read as source depends on target");
        }
        assembler.preferLabelsAsIds();
        GmlOutline outline = GmlOutline.of(text);
        Map<Integer, SourcePosition> defined = new HashMap<>();
        for (GmlOutline.NodeAt n : outline.nodes) {
            Integer id = integer(n.id());
            if (id != null && nodes.containsKey(id)) {
                SourcePosition at = n.at();
                if (assembler.define(id.toString(), at.line(), at.column()).isPresent()) {
                    defined.put(id, at);
                }
            }
        }
        for (Map.Entry<Integer, Map<String, String>> n : nodes.entrySet()) {
            int line = defined.containsKey(n.getKey()) ? defined.get(n.getKey()).line() : 0;
            NodeDraft node = defined.containsKey(n.getKey()) ? assembler.existing(n.getKey().toString()).orElseThrow()
                    : assembler.define(n.getKey().toString(), 0, 0).orElse(null);
            if (node == null) {
                continue;
            }
            for (Map.Entry<String, String> a : n.getValue().entrySet()) {
                AttributeMapping.node(assembler, node, a.getKey(), a.getValue(), line);
            }
        }
        Map<String, SourcePosition> edgeAt = new HashMap<>();
        for (GmlOutline.EdgeAt e : outline.edges) {
            edgeAt.putIfAbsent(integer(e.source()) + " " + integer(e.target()), e.at());
        }
        for (Triple<Integer, Integer, Double> e : edges) {
            SourcePosition at = edgeAt.get(e.getFirst() + " " + e.getSecond());
            int line = at == null ? 0 : at.line();
            if (!nodes.containsKey(e.getFirst()) || !nodes.containsKey(e.getSecond())) {
                assembler.error(line, at == null ? 0 : at.column(), "an edge " + e.getFirst() + " → " + e.getSecond()
                        + " names a node id that no node has");
                continue;
            }
            EdgeDraft edge = assembler.edge(e.getFirst().toString(), e.getSecond().toString(), line);
            for (Map.Entry<String, String> a : edgeAttributes.getOrDefault(e, Map.of()).entrySet()) {
                AttributeMapping.edge(assembler, edge, a.getKey(), a.getValue(), line);
            }
        }
        return assembler.build();
    }

    private static Integer integer(String word) {
        try {
            return word == null ? null : Integer.valueOf(word.startsWith("+") ? word.substring(1) : word);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The text in the form JGraphT's grammar takes, for valid GML it refuses; lines and columns stay where they
     * were. Outside strings, the {@code +} of a signed number ({@code x +1.5}) is dropped. A {@code weight} whose
     * value is a string, as Graphviz's gv2gml writes ({@code weight ""}, {@code weight "10"}), becomes the
     * number it holds, or is blanked out when it holds none: JGraphT takes a weight only as a number.
     */
    static String forJGraphT(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '+' && !quoted && i + 1 < text.length()
                    && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '.')) {
                continue;
            } else if (!quoted && c == 'w' && text.startsWith("weight", i) && (i == 0 || isBlank(text.charAt(i - 1)) || text.charAt(i - 1) == '[')) {
                int end = quotedWeightEnd(text, i + "weight".length());
                if (end > 0) {
                    appendWeight(out, text.substring(i, end + 1));
                    i = end;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Where the closing quote of {@code weight "..."} is, for a key ending at {@code from}; else -1. */
    private static int quotedWeightEnd(String text, int from) {
        int at = from;
        if (at >= text.length() || !isBlank(text.charAt(at))) {
            return -1;
        }
        while (at < text.length() && isBlank(text.charAt(at))) {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '"') {
            return -1;
        }
        int close = text.indexOf('"', at + 1);
        return close;
    }

    /** {@code weight "10"} as {@code weight  10 } and {@code weight ""} as blanks, new lines kept. */
    private static void appendWeight(StringBuilder out, String pair) {
        int open = pair.indexOf('"');
        String value = pair.substring(open + 1, pair.length() - 1).strip();
        boolean number = isNumber(value);
        for (int k = 0; k < pair.length(); k++) {
            char ch = pair.charAt(k);
            boolean keep = number && (k < open || k > open && k < pair.length() - 1);
            out.append(ch == '\n' || keep ? ch : ' ');
        }
    }

    private static boolean isNumber(String value) {
        if (value.isEmpty() || value.length() > 40 || !value.chars().allMatch(ch -> Character.isDigit(ch)
                || ch == '.' || ch == '-' || ch == 'e' || ch == 'E')) {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String value(Attribute a) {
        return a == null ? "" : a.getValue();
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    private static void checkDepth(String text, GraphAssembler assembler) throws GraphImportException {
        int depth = 0;
        int line = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' && !quoted) {
                // a comment may hold a lone quote; skipping it keeps the count in step with the parser's
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '\n') {
                line++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[' && ++depth > MAX_DEPTH) {
                throw assembler.fatal(line, 0, "lists nested more than " + MAX_DEPTH + " deep");
            } else if (!quoted && c == ']') {
                depth--;
            }
        }
    }
}
