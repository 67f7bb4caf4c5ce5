package dev.blastmap.app.canvas;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.EdgePath;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.Locale;
import java.util.Map;
import javafx.scene.layout.Region;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.camera.Camera;

/**
 * GraphStream 2.0's JavaFX viewer (gs-ui-javafx): the graph in the GUI thread, no automatic layout, services as
 * boxes the size of a card in graph units at the layout's places, labelled, dependencies as arrows, a state as a
 * CSS class ({@code ui.class}). Its viewer repaints on its own timeline (every 40 ms) when the graph or the
 * camera changed; the harness hears each repaint through a fore layer, which GraphStream draws last.
 */
final class GraphStreamView implements PeerView {

    private static final String STYLE = """
            graph { fill-color: #f7f7f5; }
            node { shape: box; size: 150gu, 40gu; fill-color: #ffffff; stroke-mode: plain; stroke-color: #8a8f98;
                   text-size: 11; text-color: #1f2328; }
            node.down { fill-color: #e5484d; }
            node.knocked_out { fill-color: #1f2328; text-color: #ffffff; }
            node.degraded { fill-color: #f5a524; }
            edge { fill-color: #9aa0a6; arrow-shape: arrow; arrow-size: 8px, 4px; }
            """;

    private SingleGraph graph;
    private FxViewPanel view;
    private double fittedPx2Gu = Double.NaN;
    private Runnable rendered = () -> { };

    @Override
    public String name() {
        return "GraphStream gs-ui-javafx 2.0";
    }

    @Override
    public Region open(Graph model, Layout layout, int width, int height) {
        System.setProperty("org.graphstream.ui", "javafx");
        graph = new SingleGraph("blastmap", false, true, model.size(), 4 * layout.edges().size());
        graph.setAttribute("ui.stylesheet", STYLE);
        for (Service s : model.services()) {
            Box b = layout.nodes().get(s.id());
            org.graphstream.graph.Node n = graph.addNode(s.id().value());
            // GraphStream's y axis points up.
            n.setAttribute("xyz", b.centerX(), -b.centerY(), 0);
            n.setAttribute("ui.label", s.label());
        }
        for (EdgePath e : layout.edges()) {
            graph.addEdge(e.from().value() + ">" + e.to().value(), e.from().value(), e.to().value(), true);
        }
        FxViewer viewer = new FxViewer(graph, Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        view = (FxViewPanel) viewer.addView(FxViewer.DEFAULT_VIEW_ID, new FxGraphRenderer(), false);
        ((org.graphstream.ui.fx_viewer.FxDefaultView) view).setForeLayoutRenderer((g, gg, px2Gu, w, h, x0, y0, x1, y1) -> {
            if (Double.isNaN(fittedPx2Gu) && camera().getViewPercent() == 1 && w > 0 && px2Gu > 0) {
                fittedPx2Gu = px2Gu;
            }
            rendered.run();
        });
        view.setPrefSize(width, height);
        return view;
    }

    private Camera camera() {
        return ((org.graphstream.ui.fx_viewer.FxDefaultView) view).getCamera();
    }

    @Override
    public void show(Viewport v) {
        if (Double.isNaN(fittedPx2Gu)) {
            return; // not drawn yet: the fitted scale, which the view percent is relative to, is not known
        }
        double centreX = (view.getWidth() / 2 - v.offsetX()) / v.scale();
        double centreY = (view.getHeight() / 2 - v.offsetY()) / v.scale();
        Camera camera = camera();
        camera.setViewCenter(centreX, -centreY, 0);
        camera.setViewPercent(fittedPx2Gu / v.scale());
    }

    /** Whether the first picture, at the fitted view, was drawn (the camera can be driven from then on). */
    boolean ready() {
        return !Double.isNaN(fittedPx2Gu);
    }

    @Override
    public void restyle(Map<ServiceId, ServiceState> changed) {
        changed.forEach((id, state) -> graph.getNode(id.value()).setAttribute("ui.class", state.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    public boolean onRender(Runnable rendered) {
        this.rendered = rendered;
        return true;
    }
}
