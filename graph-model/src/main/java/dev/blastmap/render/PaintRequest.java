package dev.blastmap.render;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything one picture of a graph depends on: the graph and its layout, the state of every service, what is
 * highlighted and selected, which services pulse because they just changed, the visible part of the model and
 * the zoom (which decides the level of detail).
 *
 * @param graph     the services (labels, kinds)
 * @param layout    where they go
 * @param states    the state of each service; healthy for all when nothing is knocked out
 * @param highlight the hovered service and its neighbours
 * @param selection the selected services
 * @param pulses    services that just changed state, each with a strength from 1 (just now) to 0 (gone)
 * @param visible   the part of the model on screen, or null to draw everything
 * @param scale     screen pixels per model unit; 1 draws at full detail
 * @param heat      a heat map: each service's heat from 0 (cool) to 1 (hot), null for a service without one;
 *                  null for no heat map. Cards that are up are filled by heat ({@link HeatRamp}).
 */
public record PaintRequest(Graph graph, Layout layout, Function<ServiceId, ServiceState> states, Highlight highlight,
                           Set<ServiceId> selection, Map<ServiceId, Double> pulses, Box visible, double scale,
                           Function<ServiceId, Double> heat) {

    /** Validates the request and copies the collections. */
    public PaintRequest {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(highlight, "highlight");
        selection = Set.copyOf(selection);
        pulses = Map.copyOf(pulses);
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, was " + scale);
        }
    }

    /** A request without a heat map. */
    public PaintRequest(Graph graph, Layout layout, Function<ServiceId, ServiceState> states, Highlight highlight,
                        Set<ServiceId> selection, Map<ServiceId, Double> pulses, Box visible, double scale) {
        this(graph, layout, states, highlight, selection, pulses, visible, scale, null);
    }

    /** Every service healthy, nothing highlighted, everything drawn at full detail. */
    public static PaintRequest of(Graph graph, Layout layout) {
        return new PaintRequest(graph, layout, id -> ServiceState.HEALTHY, Highlight.none(), Set.of(), Map.of(),
                null, 1);
    }

    /** This request with the states of a blast radius (all healthy when null). */
    public PaintRequest withRadius(BlastRadius radius) {
        return withStates(radius == null ? id -> ServiceState.HEALTHY : radius::state);
    }

    /** This request with other states. */
    public PaintRequest withStates(Function<ServiceId, ServiceState> newStates) {
        return new PaintRequest(graph, layout, newStates, highlight, selection, pulses, visible, scale, heat);
    }

    /** This request with another highlight. */
    public PaintRequest withHighlight(Highlight newHighlight) {
        return new PaintRequest(graph, layout, states, newHighlight, selection, pulses, visible, scale, heat);
    }

    /** This request with another selection. */
    public PaintRequest withSelection(Set<ServiceId> newSelection) {
        return new PaintRequest(graph, layout, states, highlight, newSelection, pulses, visible, scale, heat);
    }

    /** This request with other pulses. */
    public PaintRequest withPulses(Map<ServiceId, Double> newPulses) {
        return new PaintRequest(graph, layout, states, highlight, selection, newPulses, visible, scale, heat);
    }

    /** This request for another visible part and zoom. */
    public PaintRequest withView(Box newVisible, double newScale) {
        return new PaintRequest(graph, layout, states, highlight, selection, pulses, newVisible, newScale, heat);
    }

    /** This request with a heat map, or none when null. */
    public PaintRequest withHeat(Function<ServiceId, Double> newHeat) {
        return new PaintRequest(graph, layout, states, highlight, selection, pulses, visible, scale, newHeat);
    }
}
