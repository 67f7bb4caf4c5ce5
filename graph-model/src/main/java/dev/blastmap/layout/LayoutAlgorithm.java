package dev.blastmap.layout;

import dev.blastmap.model.Graph;

/**
 * Decides where the services, dependencies and group boxes of a graph go. Implementations are immutable and
 * thread-safe; the same graph always gets the same layout.
 */
public interface LayoutAlgorithm {

    /**
     * Lays out the graph.
     *
     * @throws java.util.concurrent.CancellationException if the monitor asked to stop
     */
    Layout layout(Graph graph, LayoutMonitor monitor);

    /** Lays out the graph without progress or cancellation. */
    default Layout layout(Graph graph) {
        return layout(graph, LayoutMonitor.none());
    }

    /** The name shown to users: {@code layered}, {@code force}, {@code grid} or {@code automatic}. */
    String name();

    /** Layers with ELK, dependents above their dependencies, boxed by the finest grouping the graph has. */
    static LayoutAlgorithm layered() {
        return new LayeredLayout(null, NodeSizer.standard());
    }

    /** Layers with ELK, dependents above their dependencies, with these group boxes. */
    static LayoutAlgorithm layered(Grouping grouping) {
        return new LayeredLayout(grouping, NodeSizer.standard());
    }

    /** Places services by forces (JGraphT's Barnes–Hut Fruchterman–Reingold), for large or tangled graphs. */
    static LayoutAlgorithm force() {
        return new ForceLayout(NodeSizer.standard());
    }

    /**
     * Services in rows inside their region, zone or group boxes, dependents above dependencies: linear time,
     * for graphs too big for the other two.
     */
    static LayoutAlgorithm grid() {
        return new GroupedGridLayout(null, NodeSizer.standard());
    }

    /** Layered for graphs of moderate size, force-directed for large or dense ones, a grid for huge ones. */
    static LayoutAlgorithm automatic() {
        return new AutomaticLayout(layered(), force());
    }

    /** The algorithm with this name ({@code layered}, {@code force}, {@code grid}, {@code automatic}), or empty. */
    static java.util.Optional<LayoutAlgorithm> byName(String name) {
        return switch (name) {
            case "layered" -> java.util.Optional.of(layered());
            case "force" -> java.util.Optional.of(force());
            case "grid" -> java.util.Optional.of(grid());
            case "automatic", "auto" -> java.util.Optional.of(automatic());
            default -> java.util.Optional.empty();
        };
    }
}
