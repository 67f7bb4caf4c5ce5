package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Computes how a knockout spreads through a graph, following docs/semantics.md exactly.
 * Built once per graph (it compiles the graph into arrays); each call is then independent and thread-safe.
 *
 * <p>Simulated times are kept in nanoseconds and saturate at about 292 years. How a knockout is computed:
 * see {@link Knockout}.
 */
public final class PropagationEngine {

    private final CompiledGraph compiled;

    /** Compiles the graph. */
    public PropagationEngine(Graph graph) {
        this.compiled = new CompiledGraph(Objects.requireNonNull(graph, "graph"));
    }

    /** The graph this engine answers for. */
    public Graph graph() {
        return compiled.graph;
    }

    CompiledGraph compiled() {
        return compiled;
    }

    /**
     * Knocks out the given services and computes the blast radius.
     *
     * @param knockedOut the knocked-out set K; repeats are ignored
     * @throws IllegalArgumentException if an id is not in the graph
     */
    public BlastRadius knockOut(Collection<ServiceId> knockedOut) {
        Set<ServiceId> k = new LinkedHashSet<>(knockedOut);
        int[] sources = new int[k.size()];
        int i = 0;
        for (ServiceId id : k) {
            sources[i++] = compiled.indexOf(id);
        }
        return new Knockout(compiled).run(k, sources);
    }
}
