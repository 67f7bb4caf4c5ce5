package dev.blastmap.io.gml;

import dev.blastmap.io.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the nodes and edges of a GML graph are in the text, which JGraphT's event-driven importer does not
 * say: the {@code id} of every {@code node [...]} and the {@code source} and {@code target} of every
 * {@code edge [...]} directly inside {@code graph [...]}, in file order, with their lines and columns. One
 * iterative pass over the words; the reader has already checked the nesting depth.
 */
final class GmlOutline {

    /** A node's id and where its {@code node} key is. */
    record NodeAt(String id, SourcePosition at) {
    }

    /** An edge's ends and where its {@code edge} key is. */
    record EdgeAt(String source, String target, SourcePosition at) {
    }

    final List<NodeAt> nodes = new ArrayList<>();
    final List<EdgeAt> edges = new ArrayList<>();

    private GmlOutline() {
    }

    /** The outline of a GML text. */
    static GmlOutline of(String text) {
        GmlOutline outline = new GmlOutline();
        GmlTokens tokens = new GmlTokens(text);
        int depth = 0;
        String key = null;
        SourcePosition keyAt = null;
        String element = null;
        SourcePosition elementAt = null;
        String id = null;
        String source = null;
        String target = null;
        for (String word = tokens.next(); word != null; word = tokens.next()) {
            if (word.equals("[")) {
                depth++;
                if (depth == 2 && ("node".equals(key) || "edge".equals(key))) {
                    element = key;
                    elementAt = keyAt;
                    id = source = target = null;
                }
                key = null;
            } else if (word.equals("]")) {
                if (depth == 2 && element != null) {
                    if (element.equals("node")) {
                        outline.nodes.add(new NodeAt(id, elementAt));
                    } else {
                        outline.edges.add(new EdgeAt(source, target, elementAt));
                    }
                    element = null;
                }
                depth--;
                key = null;
            } else if (key == null) {
                key = word;
                keyAt = new SourcePosition(tokens.line(), tokens.column());
            } else {
                if (depth == 2 && element != null) {
                    switch (key) {
                        case "id" -> id = id == null ? word : id;
                        case "source" -> source = source == null ? word : source;
                        case "target" -> target = target == null ? word : target;
                        default -> {
                            // other attributes are read by the importer
                        }
                    }
                }
                key = null;
            }
        }
        return outline;
    }
}
