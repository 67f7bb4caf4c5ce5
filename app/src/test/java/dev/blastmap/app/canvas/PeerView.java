package dev.blastmap.app.canvas;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Map;
import javafx.scene.layout.Region;

/**
 * Another tool's graph view, driven by {@link PeerFrameRateHarness} exactly as {@link CanvasFrameRateHarness}
 * drives the canvas: the same graph at the same places, the same viewports, the same state changes. Every
 * method is called on the FX thread.
 */
interface PeerView {

    /** The tool and version, as the table shows it. */
    String name();

    /** Builds the view of this graph with every service where the layout puts it. */
    Region open(Graph graph, Layout layout, int width, int height);

    /** Called once the window shows the view, for tools that can only start then. */
    default void shown() {
    }

    /** Shows what this viewport of the canvas shows (screen = model × scale + offset). */
    void show(Viewport viewport);

    /** Restyles the services whose state changed, the way the tool's own documentation restyles a node. */
    void restyle(Map<ServiceId, ServiceState> changed);

    /**
     * Asks to be told each time the tool's own render loop paints a picture, if it has one; false when the
     * tool's picture is the JavaFX scene graph, which JavaFX draws whole in every pulse after a change.
     */
    boolean onRender(Runnable rendered);
}
