package dev.blastmap.io.dot;

import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.dot.DotLexer.LexException;
import dev.blastmap.io.dot.DotLexer.Token;
import dev.blastmap.io.dot.DotLexer.Type;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent parser of the DOT language (graphviz.org/doc/info/lang.html) that keeps what JGraphT's
 * DOT importer drops: which {@code subgraph cluster_*} each node sits in and the cluster's {@code label}.
 * Node and edge defaults ({@code node [...]}, {@code edge [...]}) apply within their subgraph; ports are
 * ignored; {@code a -> {b c}} makes an edge to each node of the subgraph. Nesting is bounded.
 */
final class DotParser {

    /** Subgraphs nested deeper than this are refused. */
    static final int MAX_DEPTH = 100;

    /** A subgraph being read: its defaults, attributes and the nodes mentioned in it. */
    private static final class Scope {
        final Map<String, String> nodeDefaults;
        final Map<String, String> edgeDefaults;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Set<String> members = new LinkedHashSet<>();
        final int depth;

        Scope(Scope parent) {
            nodeDefaults = parent == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parent.nodeDefaults);
            edgeDefaults = parent == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parent.edgeDefaults);
            depth = parent == null ? 0 : parent.depth + 1;
        }
    }

    private final DotLexer lexer;
    private final DotDocument doc = new DotDocument();
    private Token peeked;

    private DotParser(Reader in) {
        this.lexer = new DotLexer(in);
    }

    /** Parses the first graph of the text; anything after it is ignored. */
    static DotDocument parse(Reader in) throws IOException, LexException {
        DotParser p = new DotParser(in);
        p.graph();
        return p.doc;
    }

    private Token peek() throws IOException, LexException {
        if (peeked == null) {
            peeked = lexer.next();
        }
        return peeked;
    }

    private Token take() throws IOException, LexException {
        Token t = peek();
        peeked = null;
        return t;
    }

    private Token expect(Type type, String what) throws IOException, LexException {
        Token t = take();
        if (t.type() != type) {
            throw unexpected("expected " + what, t);
        }
        return t;
    }

    private static LexException unexpected(String expected, Token t) {
        String found = t.type() == Type.EOF ? " but the file ends; is it truncated?" : " but found " + t.describe();
        return new LexException(expected + found, t.line(), t.column());
    }

    private void graph() throws IOException, LexException {
        Token t = take();
        if (t.isKeyword("strict")) {
            t = take();
        }
        if (!t.isKeyword("digraph") && !t.isKeyword("graph")) {
            throw new LexException("not DOT: a DOT file starts with 'digraph' or 'graph', not " + t.describe(),
                    t.line(), t.column());
        }
        doc.directed = t.isKeyword("digraph");
        if (peek().isId()) {
            take();
        }
        expect(Type.LBRACE, "'{'");
        Scope root = new Scope(null);
        statements(root);
        expect(Type.RBRACE, "'}'");
        doc.attributes.putAll(root.attributes);
    }

    private void statements(Scope scope) throws IOException, LexException {
        while (peek().type() != Type.RBRACE) {
            if (peek().type() == Type.EOF) {
                throw new LexException("the file ends before the closing '}'; is it truncated?", peek().line(), 0);
            }
            statement(scope);
            if (peek().type() == Type.SEMI) {
                take();
            }
        }
    }

    private void statement(Scope scope) throws IOException, LexException {
        Token t = peek();
        if ((t.isKeyword("graph") || t.isKeyword("node") || t.isKeyword("edge"))) {
            take();
            Map<String, String> attrs = attributeLists(true);
            switch (t.text().toLowerCase(Locale.ROOT)) {
                case "node" -> scope.nodeDefaults.putAll(attrs);
                case "edge" -> scope.edgeDefaults.putAll(attrs);
                default -> scope.attributes.putAll(attrs);
            }
            return;
        }
        if (t.isKeyword("subgraph") || t.type() == Type.LBRACE) {
            List<String> nodes = subgraph(scope);
            if (peek().type() == Type.EDGE_OP) {
                edges(scope, nodes, t.line());
            }
            return;
        }
        if (!t.isId()) {
            throw unexpected("expected a statement", t);
        }
        String id = id();
        if (peek().type() == Type.EQ) {
            take();
            scope.attributes.put(id, id());
            return;
        }
        port();
        if (peek().type() == Type.EDGE_OP) {
            edges(scope, List.of(mention(scope, id, t.line(), Map.of())), t.line());
            return;
        }
        mention(scope, id, t.line(), attributeLists(false));
    }

    /** An ID, joining {@code "a" + "b"}. */
    private String id() throws IOException, LexException {
        Token t = take();
        if (!t.isId()) {
            throw unexpected("expected a name", t);
        }
        if (t.type() != Type.QUOTED || peek().type() != Type.PLUS) {
            // almost every id: its token's text as it is, not copied
            return t.text();
        }
        StringBuilder sb = new StringBuilder(t.text());
        while (t.type() == Type.QUOTED && peek().type() == Type.PLUS) {
            take();
            t = take();
            if (t.type() != Type.QUOTED) {
                throw new LexException("'+' must join two quoted strings", t.line(), t.column());
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    private void port() throws IOException, LexException {
        for (int i = 0; i < 2 && peek().type() == Type.COLON; i++) {
            take();
            id();
        }
    }

    private Map<String, String> attributeLists(boolean required) throws IOException, LexException {
        if (peek().type() != Type.LBRACK) {
            if (required) {
                throw unexpected("expected '['", peek());
            }
            // most edges have no attributes: no map for each of them
            return Map.of();
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        while (peek().type() == Type.LBRACK) {
            take();
            while (peek().type() != Type.RBRACK) {
                String key = id();
                String value = "true";
                if (peek().type() == Type.EQ) {
                    take();
                    value = id();
                }
                attrs.put(key, value);
                if (peek().type() == Type.COMMA || peek().type() == Type.SEMI) {
                    take();
                }
            }
            take();
        }
        return attrs;
    }

    private List<String> subgraph(Scope parent) throws IOException, LexException {
        Token start = peek();
        String name = "";
        if (start.isKeyword("subgraph")) {
            take();
            if (peek().isId()) {
                name = id();
            }
        }
        if (parent.depth + 1 > MAX_DEPTH) {
            throw new LexException("subgraphs nested more than " + MAX_DEPTH + " deep", start.line(), start.column());
        }
        expect(Type.LBRACE, "'{'");
        Scope scope = new Scope(parent);
        statements(scope);
        expect(Type.RBRACE, "'}'");
        if (name.toLowerCase(Locale.ROOT).startsWith("cluster")) {
            String label = scope.attributes.getOrDefault("label", "").strip();
            if (label.isEmpty()) {
                label = name.substring("cluster".length()).replaceFirst("^[_\\-. ]", "").strip();
            }
            if (!label.isEmpty()) {
                for (String member : scope.members) {
                    DotDocument.Node node = doc.nodes.get(member);
                    if (node.cluster == null) {
                        node.cluster = label;
                    }
                }
            }
        }
        if (parent.depth > 0) {
            parent.members.addAll(scope.members);
        }
        return new ArrayList<>(scope.members);
    }

    private void edges(Scope scope, List<String> first, int line) throws IOException, LexException {
        List<List<String>> operands = new ArrayList<>();
        operands.add(first);
        while (peek().type() == Type.EDGE_OP) {
            take();
            Token t = peek();
            if (t.isKeyword("subgraph") || t.type() == Type.LBRACE) {
                operands.add(subgraph(scope));
            } else {
                String id = id();
                port();
                operands.add(List.of(mention(scope, id, t.line(), Map.of())));
            }
        }
        Map<String, String> own = attributeLists(false);
        Map<String, String> attrs = own;
        if (!scope.edgeDefaults.isEmpty()) {
            attrs = new LinkedHashMap<>(scope.edgeDefaults);
            attrs.putAll(own);
        }
        for (int i = 1; i < operands.size(); i++) {
            for (String from : operands.get(i - 1)) {
                for (String to : operands.get(i)) {
                    if (doc.edges.size() >= GraphAssembler.MAX_EDGES) {
                        throw new LexException("more than " + GraphAssembler.MAX_EDGES + " edges", line, 0);
                    }
                    doc.edges.add(new DotDocument.Edge(from, to, line, attrs));
                }
            }
        }
    }

    /**
     * Records that a node is mentioned in a scope, with attributes, and returns its id as first read: edges keep
     * that one string, so that a node named in many edges costs one string, not one per mention.
     */
    private String mention(Scope scope, String id, int line, Map<String, String> attrs) {
        DotDocument.Node node = doc.nodes.get(id);
        if (node == null) {
            node = new DotDocument.Node(id, line);
            node.attributes.putAll(scope.nodeDefaults);
            doc.nodes.put(id, node);
        }
        if (!attrs.isEmpty()) {
            node.attributes.putAll(attrs);
        }
        // only a subgraph's members are asked for (a -> {b c}, clusters); the root's would be every mention
        if (scope.depth > 0) {
            scope.members.add(node.id);
        }
        return node.id;
    }
}
