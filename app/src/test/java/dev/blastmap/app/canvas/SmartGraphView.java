package dev.blastmap.app.canvas;

import com.brunomnsilva.smartgraph.graph.Digraph;
import com.brunomnsilva.smartgraph.graph.DigraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphProperties;
import com.brunomnsilva.smartgraph.graphview.SmartRandomPlacementStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartStylableNode;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.EdgePath;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;

/**
 * JavaFXSmartGraph 2.3.0: its {@code SmartGraphPanel} over a {@code DigraphEdgeList}, no automatic layout,
 * every vertex placed where the layout puts the service, labelled, dependencies as arrows without edge labels
 * or tooltips, a state as a CSS class. Its picture is JavaFX's scene graph (a circle, a label, a line and an
 * arrow per element); zoom and pan are a transform of the panel, as its own {@code ContentZoomScrollPane} does.
 */
final class SmartGraphView implements PeerView {

    private static final String PROPERTIES = """
            vertex.allow-user-move = false
            vertex.radius = 15
            vertex.shape = circle
            vertex.tooltip = false
            vertex.label = true
            edge.tooltip = false
            edge.label = false
            edge.arrow = true
            edge.arrowsize = 5
            """;
    private static final String STYLE = """
            .graph { -fx-background-color: #f7f7f5; }
            .vertex { -fx-stroke-width: 1; -fx-stroke: #8a8f98; -fx-fill: #ffffff; }
            .vertex.down { -fx-fill: #e5484d; }
            .vertex.knocked_out { -fx-fill: #1f2328; }
            .vertex.degraded { -fx-fill: #f5a524; }
            .vertex-label { -fx-font: 9 sans-serif; -fx-fill: #1f2328; }
            .edge { -fx-stroke: #9aa0a6; -fx-stroke-width: 1; }
            .arrow { -fx-stroke: #9aa0a6; -fx-stroke-width: 1; }
            """;

    private final Map<String, SmartStylableNode> vertices = new HashMap<>();
    private SmartGraphPanel<String, String> panel;
    private Layout layout;
    private Digraph<String, String> digraph;
    private final Affine transform = new Affine();

    @Override
    public String name() {
        return "JavaFXSmartGraph 2.3.0";
    }

    @Override
    public Region open(Graph model, Layout layout, int width, int height) {
        this.layout = layout;
        digraph = new DigraphEdgeList<>();
        for (Service s : model.services()) {
            digraph.insertVertex(s.id().value());
        }
        for (EdgePath e : layout.edges()) {
            digraph.insertEdge(e.from().value(), e.to().value(), e.from().value() + ">" + e.to().value());
        }
        Path css;
        try {
            css = Files.createTempFile("smartgraph", ".css");
            Files.writeString(css, STYLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        panel = new SmartGraphPanel<>(digraph, new SmartGraphProperties(PROPERTIES), new SmartRandomPlacementStrategy(),
                css.toUri());
        panel.setVertexLabelProvider(id -> model.service(ServiceId.of(id)).map(Service::label).orElse(id));
        Box bounds = layout.bounds();
        panel.setManaged(false);
        panel.resize(Math.max(1, bounds.width()), Math.max(1, bounds.height()));
        panel.getTransforms().setAll(transform);
        Pane window = new Pane(panel);
        window.setPrefSize(width, height);
        window.setClip(new Rectangle(width, height));
        window.setStyle("-fx-background-color: #f7f7f5;");
        return window;
    }

    @Override
    public void shown() {
        panel.init();
        Box bounds = layout.bounds();
        for (Vertex<String> v : digraph.vertices()) {
            Box b = layout.nodes().get(ServiceId.of(v.element()));
            panel.setVertexPosition(v, b.centerX() - bounds.x(), b.centerY() - bounds.y());
            vertices.put(v.element(), panel.getStylableVertex(v));
        }
    }

    @Override
    public void show(Viewport v) {
        // The panel's (0, 0) is the layout's top-left corner.
        Box bounds = layout.bounds();
        transform.setToTransform(v.scale(), 0, v.offsetX() + v.scale() * bounds.x(), 0, v.scale(),
                v.offsetY() + v.scale() * bounds.y());
    }

    @Override
    public void restyle(Map<ServiceId, ServiceState> changed) {
        changed.forEach((id, state) -> {
            SmartStylableNode node = vertices.get(id.value());
            node.setStyleClass("vertex");
            if (state != ServiceState.HEALTHY) {
                node.addStyleClass(state.name().toLowerCase(Locale.ROOT));
            }
        });
    }

    @Override
    public boolean onRender(Runnable rendered) {
        return false;
    }
}
