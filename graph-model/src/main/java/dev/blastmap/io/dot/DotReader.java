package dev.blastmap.io.dot;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.io.assemble.EdgeDraft;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Graphviz DOT. {@code a -> b} means a depends on b. A node's {@code label} is its label; it belongs to
 * the group of the innermost {@code subgraph cluster_*} it is first mentioned in (the cluster's {@code label},
 * else its name without {@code cluster_}). The graph's {@code label} is the title and {@code comment} the
 * description. Other attributes map as for every format ({@link AttributeMapping}); drawing attributes
 * ({@code shape}, {@code color}, ...) are dropped. An HTML-like label gives its text without the markup. An
 * edge with {@code style=invis} only steers the layout, so it is skipped with a warning.
 *
 * <p>JGraphT's DOT importer is not used: it flattens subgraphs and so loses the clusters that are our groups.
 */
public final class DotReader implements GraphReader {

    static final String FORMAT = "DOT";

    /** True if the start of a file looks like DOT. */
    public static boolean looksLike(String head) {
        return DotHead.matches(head.replace("\uFEFF", ""));
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        DotDocument doc = parse(in, assembler);
        if (!doc.directed) {
            assembler.warn(0, "the graph is undirected; each edge a -- b is read as a depends on b");
        }
        assembler.name(doc.attributes.getOrDefault("label", ""));
        assembler.description(doc.attributes.getOrDefault("comment", ""));
        doc.attributes.getOrDefault("sources", "").lines().forEach(assembler::addSource);
        for (DotDocument.Node n : doc.nodes.values()) {
            Optional<NodeDraft> node = assembler.node(n.id, n.line);
            if (node.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, String> a : n.attributes.entrySet()) {
                AttributeMapping.node(assembler, node.get(), a.getKey(), a.getValue(), n.line);
            }
            if (node.get().group() == null && n.cluster != null) {
                node.get().group(n.cluster);
            }
        }
        for (DotDocument.Edge e : doc.edges) {
            if (e.attributes().getOrDefault("style", "").toLowerCase(java.util.Locale.ROOT).contains("invis")) {
                assembler.warn(e.line(), e.from() + " -> " + e.to() + " has style=invis, a layout hint rather "
                        + "than a dependency; skipped");
                continue;
            }
            EdgeDraft edge = assembler.edge(e.from(), e.to(), e.line());
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                AttributeMapping.edge(assembler, edge, a.getKey(), a.getValue(), e.line());
            }
        }
        return assembler.build();
    }

    /** Parses DOT, turning syntax errors into problems of this file and format. */
    static DotDocument parse(Reader in, GraphAssembler assembler) throws GraphImportException, IOException {
        try {
            return DotParser.parse(in);
        } catch (DotLexer.LexException e) {
            throw assembler.fatal(e.line, e.column, e.getMessage());
        }
    }
}
