package dev.blastmap.layout;

import dev.blastmap.model.Graph;

/**
 * Layered layout while it stays quick and readable, force-directed beyond: past a few hundred services ELK
 * takes seconds and draws rows tens of thousands of pixels wide, and its drawings of dense graphs are a
 * thicket of crossing edges. Past {@link #MAX_FORCE_SERVICES} forces take minutes, and the grouped grid,
 * which is linear, is used.
 */
final class AutomaticLayout implements LayoutAlgorithm {

    /** Above this many services the force layout is used. */
    static final int MAX_LAYERED_SERVICES = 400;
    /** Above this many dependencies per service on average the force layout is used. */
    static final double MAX_LAYERED_DENSITY = 4.0;
    /** Above this many services the grouped grid is used: forces would take minutes. */
    static final int MAX_FORCE_SERVICES = 20_000;

    private final LayoutAlgorithm layered;
    private final LayoutAlgorithm force;
    private final LayoutAlgorithm grid = LayoutAlgorithm.grid();

    AutomaticLayout(LayoutAlgorithm layered, LayoutAlgorithm force) {
        this.layered = layered;
        this.force = force;
    }

    @Override
    public String name() {
        return "automatic";
    }

    @Override
    public Layout layout(Graph graph, LayoutMonitor monitor) {
        return choose(graph).layout(graph, monitor);
    }

    /** The algorithm this graph gets. */
    LayoutAlgorithm choose(Graph graph) {
        if (graph.size() > MAX_FORCE_SERVICES) {
            return grid;
        }
        long dependencies = graph.services().stream().mapToLong(s -> s.dependencies().size()).sum();
        boolean large = graph.size() > MAX_LAYERED_SERVICES;
        boolean dense = graph.size() > 50 && dependencies > MAX_LAYERED_DENSITY * graph.size();
        return large || dense ? force : layered;
    }
}
