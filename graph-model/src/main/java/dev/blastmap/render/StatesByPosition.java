package dev.blastmap.render;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.ServiceId;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Each laid-out service's state, asked of a function once and kept by the service's position in the layout
 * ({@link Layout#position}): an immutable snapshot that a canvas hands to the painter for every frame until the
 * states change. The painter reads it by position without asking for each service again.
 *
 * <p>Why a class of its own rather than a lambda: the painter's hot loops call the states function of every
 * request, and a canvas that handed them a different kind of function at each change (all healthy, a snapshot,
 * whatever the caller gave) made the JIT throw away and redo its compilations of those loops each time a new
 * kind came (docs/performance.md, rendering, eleventh pass). One kind, always.
 */
public final class StatesByPosition implements Function<ServiceId, ServiceState> {

    private final Layout layout;
    private final ServiceState[] byPosition;
    private final boolean allHealthy;

    private StatesByPosition(Layout layout, ServiceState[] byPosition) {
        this.layout = layout;
        this.byPosition = byPosition;
        boolean healthy = true;
        for (ServiceState state : byPosition) {
            healthy &= state == ServiceState.HEALTHY;
        }
        this.allHealthy = healthy;
    }

    /** Every service of this layout healthy. */
    public static StatesByPosition healthy(Layout layout) {
        ServiceState[] byPosition = new ServiceState[layout.nodes().size()];
        Arrays.fill(byPosition, ServiceState.HEALTHY);
        return new StatesByPosition(layout, byPosition);
    }

    /** Each service's state as {@code states} says, asked once per laid-out service; null answers are healthy. */
    public static StatesByPosition of(Layout layout, Function<ServiceId, ServiceState> states) {
        ServiceState[] byPosition = new ServiceState[layout.nodes().size()];
        int i = 0;
        for (ServiceId id : layout.nodes().keySet()) {
            ServiceState state = states.apply(id);
            byPosition[i++] = state == null ? ServiceState.HEALTHY : state;
        }
        return new StatesByPosition(layout, byPosition);
    }

    /** The layout whose positions these are. */
    public Layout layout() {
        return layout;
    }

    /** How many services: those of the layout. */
    public int size() {
        return byPosition.length;
    }

    /** The state of the service at this position of the layout. */
    public ServiceState at(int position) {
        return byPosition[position];
    }

    /** True if every service is healthy. */
    public boolean allHealthy() {
        return allHealthy;
    }

    /** The state of a service; healthy if it is not laid out. */
    @Override
    public ServiceState apply(ServiceId id) {
        if (allHealthy) {
            return ServiceState.HEALTHY;
        }
        int i = layout.position(id);
        return i < 0 ? ServiceState.HEALTHY : byPosition[i];
    }

    /** The states by position, for the painter to read without a copy; never written. */
    ServiceState[] array() {
        return byPosition;
    }
}
