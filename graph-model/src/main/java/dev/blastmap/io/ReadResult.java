package dev.blastmap.io;

import dev.blastmap.model.Graph;
import java.util.List;
import java.util.Objects;

/**
 * A graph read from a file, with the warnings found on the way (unknown fields, dropped nodes, ...).
 *
 * @param graph    the graph
 * @param warnings problems that did not refuse the file
 */
public record ReadResult(Graph graph, List<Problem> warnings) {

    /** Validates the result and copies the warnings. */
    public ReadResult {
        Objects.requireNonNull(graph, "graph");
        warnings = List.copyOf(warnings);
    }
}
