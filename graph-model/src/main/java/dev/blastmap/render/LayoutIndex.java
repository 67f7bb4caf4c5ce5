package dev.blastmap.render;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.Map;
import java.util.function.Function;

/**
 * A laid-out graph as arrays, made once per graph and layout, for the painter's per-frame loops over every
 * service and every line: each service by its position in the layout, and each line by the positions of its
 * two ends ({@link Layout#edgeFrom}), so that a frame asks for each service's state once (not once per line end)
 * and looks nothing up by id.
 */
final class LayoutIndex {

    private final Graph graph;
    private final Layout layout;
    private final ServiceId[] ids;
    private final Box[] boxes;
    private final Service[] services;
    /** The states {@link #states} last asked for, by position: one array for every frame. */
    private final ServiceState[] states;

    private LayoutIndex(Graph graph, Layout layout) {
        this.graph = graph;
        this.layout = layout;
        int n = layout.nodes().size();
        ids = new ServiceId[n];
        boxes = new Box[n];
        services = new Service[n];
        states = new ServiceState[n];
        int i = 0;
        for (Map.Entry<ServiceId, Box> entry : layout.nodes().entrySet()) {
            ids[i] = entry.getKey();
            boxes[i] = entry.getValue();
            services[i++] = graph.service(entry.getKey()).orElse(null);
        }
    }

    /** The index of this graph and layout: {@code last} if it is theirs, else a new one. */
    static LayoutIndex of(Graph graph, Layout layout, LayoutIndex last) {
        return last != null && last.graph == graph && last.layout == layout ? last : new LayoutIndex(graph, layout);
    }

    /** How many services are laid out. */
    int size() {
        return ids.length;
    }

    /** The id of the service at this position. */
    ServiceId id(int i) {
        return ids[i];
    }

    /** The box of the service at this position. */
    Box box(int i) {
        return boxes[i];
    }

    /** The service at this position, or null if the graph does not have it. */
    Service service(int i) {
        return services[i];
    }

    /**
     * The state of every service, by position, asked of {@code of} once each; the same array every call, so
     * valid until the next, and read only. States already kept by this layout's positions are read as they are.
     */
    ServiceState[] states(Function<ServiceId, ServiceState> of) {
        if (of instanceof StatesByPosition kept && kept.layout() == layout) {
            return kept.array();
        }
        for (int i = 0; i < ids.length; i++) {
            states[i] = of.apply(ids[i]);
        }
        return states;
    }

    /** Of the states by position, that of line {@code e}'s dependent. */
    ServiceState fromState(ServiceState[] states, int e) {
        return states[layout.edgeFrom(e)];
    }

    /** Of the states by position, that of line {@code e}'s dependency. */
    ServiceState toState(ServiceState[] states, int e) {
        return states[layout.edgeTo(e)];
    }
}
