package dev.blastmap.io.dot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed DOT graph: its nodes with attributes and cluster, its edges in file order, its own attributes. */
final class DotDocument {

    /** A node: its attributes, and the label of the innermost cluster it was first mentioned in. */
    static final class Node {
        final String id;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        String cluster;

        Node(String id, int line) {
            this.id = id;
            this.line = line;
        }
    }

    /** An edge as written, {@code from -> to}. */
    record Edge(String from, String to, int line, Map<String, String> attributes) {
    }

    boolean directed = true;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Edge> edges = new ArrayList<>();
}
