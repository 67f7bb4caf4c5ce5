package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MinimapTest {

    private GraphCanvas canvas;
    private Layout layout;

    @Start
    void start(Stage stage) {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Service.Builder b = Service.builder("s" + i);
            if (i + 1 < 40) {
                b.dependsOn("s" + (i + 1));
            }
            services.add(b.build());
        }
        Graph graph = Graph.of(services);
        layout = LayoutAlgorithm.force().layout(graph);
        canvas = new GraphCanvas();
        canvas.setGraph(graph, layout);
        stage.setScene(new Scene(new StackPane(canvas), 800, 600));
        stage.show();
    }

    @Test
    void pressingInTheMinimapMovesTheViewThere(FxRobot robot) {
        robot.interact(() -> canvas.setViewport(new Viewport(2, 0, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        Node minimap = robot.lookup(".graph-minimap").query();
        assertThat(minimap.isVisible()).isTrue();
        Bounds b = minimap.localToScreen(minimap.getBoundsInLocal());
        robot.clickOn(new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = canvas.viewportProperty().get();
        Box bounds = layout.bounds();
        double centreX = v.toModelX(canvas.getWidth() / 2);
        double centreY = v.toModelY(canvas.getHeight() / 2);
        assertThat(centreX).isCloseTo(bounds.centerX(), org.assertj.core.data.Offset.offset(bounds.width() * 0.1));
        assertThat(centreY).isCloseTo(bounds.centerY(), org.assertj.core.data.Offset.offset(bounds.height() * 0.1));
    }

    @Test
    void theMinimapHidesWhenTheWholeGraphIsInView(FxRobot robot) {
        robot.interact(() -> canvas.setViewport(Viewport.fit(layout.bounds(), canvas.getWidth(), canvas.getHeight(), 20, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Node minimap = robot.lookup(".graph-minimap").query();
        assertThat(minimap.isVisible()).isFalse();
    }
}
