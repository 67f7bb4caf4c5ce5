package dev.blastmap.app.canvas;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.Highlight;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.StatesByPosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a {@link GraphCanvas}'s next picture is made of, apart from where the view is: the graph and its layout,
 * each service's state (asked for once per change and kept), the heat map, the highlight, the services pulsing,
 * the books of what was put on screen ({@link FrameLedger}), and the indexes the pointer needs. It says when a
 * new picture is needed ({@link #isDirty()}) and makes the request to paint it ({@link #request}). No JavaFX:
 * tested without a screen.
 *
 * <p>One thread only (the canvas's FX thread).
 */
final class PictureModel {

    private final FrameLedger ledger = new FrameLedger();
    private final Pulses pulses = new Pulses();
    private Graph graph = Graph.of();
    private Layout layout = Layout.empty();
    /** The state shown for each laid-out service: asked for once per change and kept by position. */
    private StatesByPosition states = StatesByPosition.healthy(layout);
    /** The laid-out services in the layout's order ({@link Layout#position} says where each is in it). */
    private ServiceId[] ids = new ServiceId[0];
    private Function<ServiceId, Double> heat;
    private Highlight highlight = Highlight.none();
    private boolean dirty = true;
    /** Built when first asked for (a hover, a click), not with every graph shown: a 100k graph's take 0.1–0.5 s. */
    private HitTester hits;
    private Neighbourhood neighbourhood;

    /** Shows another graph: every service healthy, no pulses, no highlight. */
    void setGraph(Graph newGraph, Layout newLayout) {
        graph = newGraph;
        layout = newLayout;
        hits = null;
        neighbourhood = null;
        ids = newLayout.nodes().keySet().toArray(ServiceId[]::new);
        states = StatesByPosition.healthy(newLayout);
        highlight = Highlight.none();
        pulses.clear();
        ledger.statesChanged();
        dirty = true;
    }

    Graph graph() {
        return graph;
    }

    Layout layout() {
        return layout;
    }

    /** Finds the service at a point of the layout. */
    HitTester hits() {
        if (hits == null) {
            hits = new HitTester(layout);
        }
        return hits;
    }

    /** Each service's dependencies and dependents, for the highlight that follows the pointer. */
    Neighbourhood neighbourhood() {
        if (neighbourhood == null) {
            neighbourhood = new Neighbourhood(graph);
        }
        return neighbourhood;
    }

    /**
     * Takes these states (null: all healthy); the services whose state changed pulse from {@code now}, unless
     * too many change at once. Returns false, and needs no new picture, if no state changed.
     */
    boolean setStates(Function<ServiceId, ServiceState> newStates, long now) {
        // Each service's state is asked for once here and kept, by position: the function handed over may be
        // slow, and a map of the unhealthy ones built afresh was a tenth of a 10k restyle frame.
        StatesByPosition next = newStates == null ? StatesByPosition.healthy(layout)
                : StatesByPosition.of(layout, newStates);
        List<ServiceId> changed = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (states.at(i) != next.at(i)) {
                changed.add(ids[i]);
            }
        }
        states = next;
        if (changed.isEmpty()) {
            // A player that hands over the same states at every tick must not cost a new picture per frame.
            return false;
        }
        pulses.startIfFew(changed, now);
        ledger.statesChanged();
        dirty = true;
        return true;
    }

    /** The state shown for a service. */
    ServiceState stateOf(ServiceId id) {
        return states.apply(id);
    }

    /** The states shown. */
    StatesByPosition states() {
        return states;
    }

    /** Fills the cards that are up by this heat map; null for none. */
    void setHeat(Function<ServiceId, Double> newHeat) {
        heat = newHeat;
        dirty = true;
    }

    /** The highlight drawn. */
    Highlight highlight() {
        return highlight;
    }

    void setHighlight(Highlight newHighlight) {
        highlight = newHighlight;
        dirty = true;
    }

    /** Makes services pulse from {@code now}. */
    void pulse(Collection<ServiceId> ids, long now) {
        pulses.start(ids, now);
        dirty = true;
    }

    /** True while some service pulses: every frame is a new picture. */
    boolean pulsing() {
        return !pulses.isEmpty();
    }

    /** The view moved or something else changed: the next frame needs a new picture. */
    void changed(Viewport v) {
        ledger.viewportChanged(v);
        dirty = true;
    }

    /** Something other than the view or the states changed (selection, theme, size): a new picture is needed. */
    void changed() {
        dirty = true;
    }

    /** Whether the picture on screen is out of date. */
    boolean isDirty() {
        return dirty || !pulses.isEmpty();
    }

    /**
     * The request for the picture at {@code now} of the visible part at this zoom, and from now on the picture
     * on screen is taken to be up to date; book it with {@link #shown} once it is on screen.
     */
    PaintRequest request(long now, Set<ServiceId> selection, Box visible, double scale) {
        dirty = false;
        return new PaintRequest(graph, layout, states, highlight, selection, pulses.at(now), visible, scale).withHeat(heat);
    }

    /** The version of the states that {@link #request} paints. */
    long statesVersion() {
        return ledger.statesVersion();
    }

    /** Books a picture put on screen: painted from this states version, shown at this viewport. */
    void shown(long statesVersion, Viewport shownAt) {
        ledger.frameShown(statesVersion, shownAt, true);
    }

    /** What was put on screen so far. */
    FrameStats stats() {
        return ledger.stats();
    }
}
