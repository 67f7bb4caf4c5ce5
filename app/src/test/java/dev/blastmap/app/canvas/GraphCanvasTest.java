package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GraphCanvasTest {

    private static final ServiceId DB = ServiceId.of("db");
    private static final ServiceId API = ServiceId.of("api");
    private static final ServiceId WEB = ServiceId.of("web");

    private final Graph graph = Graph.of(
            Service.builder("web").label("Web").kind(Kind.APP).dependsOn("api").build(),
            Service.builder("api").label("API").dependsOn("db").build(),
            Service.builder("db").label("Database").kind(Kind.DATABASE).build());
    private final Layout layout = LayoutAlgorithm.layered().layout(graph);
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new GraphCanvas();
        canvas.setGraph(graph, layout);
        stage.setScene(new Scene(new StackPane(canvas), 800, 600));
        stage.show();
    }

    @Test
    void theCanvasDrawsTheGraphAndFindsServicesUnderThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.framesDrawn()).isPositive();
        Point2D db = centreOf(DB);
        assertThat(canvas.serviceAt(db.getX(), db.getY())).contains(DB);
        assertThat(canvas.serviceAt(2, 2)).isEmpty();
    }

    @Test
    void hoveringHighlightsAndClickingSelects(FxRobot robot) {
        robot.moveTo(canvas.localToScreen(centreOf(API)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.hoveredProperty().get()).isEqualTo(API);
        assertThat(canvas.highlight().dependencies()).containsExactly(DB);
        assertThat(canvas.highlight().dependents()).containsExactly(WEB);
        robot.clickOn(canvas.localToScreen(centreOf(API)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.selectedProperty().get()).isEqualTo(API);
    }

    @Test
    void aKnockedOutServiceIsDrawnInItsStateColour(FxRobot robot) {
        robot.interact(() -> canvas.setStates(id -> id.equals(DB) ? ServiceState.KNOCKED_OUT : ServiceState.DOWN));
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.graphShown()).isTrue();
        assertThat(coloursAcrossTheTopOf(DB, robot)).anySatisfy(c -> isCloseTo(c, ServiceState.KNOCKED_OUT));
    }

    @Test
    void statesChangingFasterThanThePictureIsPaintedEndOnTheLastOnes(FxRobot robot) {
        robot.interact(() -> {
            canvas.setStates(id -> ServiceState.KNOCKED_OUT);
            canvas.setStates(id -> ServiceState.DOWN);
            canvas.setStates(id -> id.equals(DB) ? ServiceState.KNOCKED_OUT : ServiceState.HEALTHY);
        });
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(coloursAcrossTheTopOf(DB, robot)).anySatisfy(c -> isCloseTo(c, ServiceState.KNOCKED_OUT));
        assertThat(coloursAcrossTheTopOf(API, robot)).noneSatisfy(c -> isCloseTo(c, ServiceState.DOWN))
                .noneSatisfy(c -> isCloseTo(c, ServiceState.KNOCKED_OUT));
    }

    /** Colours sampled along a line just inside the top of a service's card, as shown on screen. */
    private List<Color> coloursAcrossTheTopOf(ServiceId id, FxRobot robot) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(canvas.snapshot(null, null)));
        Box box = layout.nodes().get(id);
        Viewport v = canvas.viewportProperty().get();
        List<Color> samples = new ArrayList<>();
        for (double dx = 0.55; dx < 0.95; dx += 0.05) {
            samples.add(shot.get().getPixelReader().getColor((int) v.toScreenX(box.x() + box.width() * dx),
                    (int) v.toScreenY(box.y() + 6)));
        }
        return samples;
    }

    private static void isCloseTo(Color c, ServiceState state) {
        Color expected = Color.web(Theme.light().style(state).fill().rgbHex());
        assertThat(c.getRed()).isCloseTo(expected.getRed(), org.assertj.core.data.Offset.offset(0.03));
        assertThat(c.getGreen()).isCloseTo(expected.getGreen(), org.assertj.core.data.Offset.offset(0.03));
        assertThat(c.getBlue()).isCloseTo(expected.getBlue(), org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void everyFrameShowsTheLatestStatesAndViewportAndIsCountedAsCurrent(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        FrameStats before = canvas.frameStats();
        for (int i = 0; i < 6; i++) {
            ServiceState state = i % 2 == 0 ? ServiceState.DOWN : ServiceState.DEGRADED;
            robot.interact(() -> {
                canvas.setStates(id -> id.equals(DB) ? state : ServiceState.HEALTHY);
                canvas.setViewport(canvas.viewportProperty().get().panBy(7.3, -2.1).zoomAt(1.01, 100, 100));
            });
        }
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        FrameStats drawn = canvas.frameStats().since(before);
        assertThat(drawn.frames()).isPositive();
        assertThat(drawn.currentFrames()).isEqualTo(drawn.frames());
        assertThat(drawn.statesBehind()).isZero();
        assertThat(coloursAcrossTheTopOf(DB, robot)).anySatisfy(c -> isCloseTo(c, ServiceState.DEGRADED));
    }

    @Test
    void aSmallGraphsSecondPictureIsMadeBeforeAnythingMovesAndABigGraphsIsNot(FxRobot robot) {
        List<Service> many = new ArrayList<>();
        for (int i = 0; i <= GraphCanvas.PRIME_UP_TO; i++) {
            many.add(Service.builder("s" + i).build());
        }
        Graph big = Graph.of(many.toArray(Service[]::new));
        Layout bigLayout = LayoutAlgorithm.grid().layout(big);
        StackPane root = (StackPane) canvas.getScene().getRoot();
        for (boolean small : new boolean[] {true, false}) {
            AtomicReference<GraphCanvas> fresh = new AtomicReference<>();
            robot.interact(() -> {
                GraphCanvas c = new GraphCanvas();
                c.setGraph(small ? graph : big, small ? layout : bigLayout);
                root.getChildren().setAll(c);
                fresh.set(c);
            });
            WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            // The second picture comes once, on the next pulse, and then nothing is drawn until something changes.
            assertThat(fresh.get().frameStats().frames()).as(small ? "small graph" : "big graph")
                    .isEqualTo(small ? 2 : 1);
            assertThat(fresh.get().frameStats().currentFrames()).isEqualTo(fresh.get().frameStats().frames());
        }
    }

    @Test
    void handingOverTheSameStatesAgainDrawsNothing(FxRobot robot) {
        robot.interact(() -> canvas.setStates(id -> id.equals(DB) ? ServiceState.KNOCKED_OUT : ServiceState.DOWN));
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        long before = canvas.framesDrawn();
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> canvas.setStates(id -> id.equals(DB) ? ServiceState.KNOCKED_OUT : ServiceState.DOWN));
        }
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.framesDrawn()).isEqualTo(before);
        robot.interact(() -> canvas.setStates(null));
        WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.framesDrawn()).isGreaterThan(before);
    }

    @Test
    void fittingShowsTheWholeGraphAndZoomingChangesTheScale(FxRobot robot) {
        robot.interact(() -> canvas.setViewport(new Viewport(3, -2000, -2000)));
        robot.interact(canvas::fit);
        WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = canvas.viewportProperty().get();
        assertThat(v.visible(canvas.getWidth(), canvas.getHeight()).contains(layout.bounds())).isTrue();
        double before = v.scale();
        robot.interact(() -> canvas.setViewport(v.zoomAt(0.5, 400, 300)));
        assertThat(canvas.viewportProperty().get().scale()).isLessThan(before);
    }

    @Test
    void whilePresentingAStepIsFramedWithItsLargeLabelsInsideTheView(FxRobot robot) {
        robot.interact(() -> canvas.getScene().getRoot().getStyleClass().add("presenting"));
        robot.interact(() -> canvas.frame(java.util.List.of(WEB, DB)));
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = canvas.viewportProperty().get();
        Box view = v.visible(canvas.getWidth(), canvas.getHeight());
        // The labels are drawn at least 18.6 pixels high here (31 at 1080 pixels, in proportion on this 600-pixel
        // scene), so the cards grow around them: the framing leaves room for that, not just for the boxes.
        for (ServiceId id : java.util.List.of(WEB, DB)) {
            Box card = layout.nodes().get(id);
            double labelModel = 18.6 / v.scale();
            assertThat(view.contains(card.inflate(Math.max(0, labelModel - card.height()) / 2))).as(id.value()).isTrue();
        }
        assertThat(v.scale()).isLessThanOrEqualTo(2.5);
        Viewport desk = Viewport.fit(layout.boundsOf(java.util.List.of(WEB, DB)).orElseThrow().inflate(30),
                canvas.getWidth(), canvas.getHeight(), 40, 1.25);
        assertThat(v.scale()).as("closer in than at a desk").isGreaterThan(desk.scale());
    }

    private Point2D centreOf(ServiceId id) {
        Box b = layout.nodes().get(id);
        Viewport v = canvas.viewportProperty().get();
        return new Point2D(v.toScreenX(b.centerX()), v.toScreenY(b.centerY()));
    }
}
