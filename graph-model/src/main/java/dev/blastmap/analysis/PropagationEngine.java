package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Collection;

/**
 * Computes how a knockout spreads through a graph, following docs/semantics.md exactly.
 * Built once per graph (it compiles the graph into arrays); each call is then independent and thread-safe.
 */
public final class PropagationEngine {

    private final Graph graph;

    /** Compiles the graph. */
    public PropagationEngine(Graph graph) {
        this.graph = graph;
    }

    /** The graph this engine answers for. */
    public Graph graph() {
        return graph;
    }

    /**
     * Knocks out the given services and computes the blast radius.
     *
     * @throws IllegalArgumentException if an id is not in the graph
     */
    public BlastRadius knockOut(Collection<ServiceId> knockedOut) {
        throw new UnsupportedOperationException("not yet written");
    }
}
