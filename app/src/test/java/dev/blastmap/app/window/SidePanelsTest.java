package dev.blastmap.app.window;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.layout.CanvasSize;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The side panels of the real window, headless: the right tabs fold away while there is nothing to inspect, and the
 * graph beside them is fitted with every card whole.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelsTest {

    private TestWindow opened;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened = TestWindow.open(stage, "--light");
        window = opened.window();
    }

    @AfterEach
    void finishBackgroundWorkAndForgetPreferences() throws BackingStoreException, TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
        opened.forget();
    }

    private double[] canvasIn(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        return new double[] {canvas.getWidth(), canvas.getHeight()};
    }

    @Test
    void theCanvasAUserFirstSeesHasTheSizeTheLayoutsAreShapedFor(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        assertThat(robot.lookup("#right-tabs").tryQuery()).as("the right tabs start folded").isEmpty();
        // Monocle's screen is 1600 × 1000 (see app/pom.xml): the window cannot be larger.
        for (double[] size : new double[][] {{1440, 900}, {1280, 720}, {1600, 1000}}) {
            double[] canvas = canvasIn(robot, size[0], size[1]);
            CanvasSize expected = CanvasSize.ofWindow(size[0], size[1]);
            // Within a few pixels: the strip's buttons are as wide as the font makes them.
            assertThat(canvas[0]).as("width in a %.0f × %.0f window", size[0], size[1]).isCloseTo(expected.width(), within(4.0));
            assertThat(canvas[1]).as("height in a %.0f × %.0f window", size[0], size[1]).isCloseTo(expected.height(), within(4.0));
        }
    }

    @Test
    void selectingAServiceUnfoldsTheInspectorAndClearingTheSelectionFoldsItAgain(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        double folded = canvas.getWidth();
        robot.interact(() -> window.selection().selectedProperty().set(id("dynamodb")));
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        assertThat(right.getSelectionModel().getSelectedIndex()).as("the inspector").isZero();
        assertThat(canvas.getWidth()).isLessThan(folded - 200);

        robot.interact(() -> window.selection().selectedProperty().set(null));
        assertThat(robot.lookup("#right-tabs").tryQuery()).isEmpty();
        assertThat(canvas.getWidth()).isEqualTo(folded);
    }

    @Test
    void aTabOpenedFromTheStripStaysOpenUntilItsButtonFoldsIt(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        robot.clickOn("Single points of failure");
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        assertThat(right.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.interact(() -> window.selection().selectedProperty().set(id("dynamodb")));
        robot.interact(() -> window.selection().selectedProperty().set(null));
        assertThat(right.getSelectionModel().getSelectedIndex()).as("a selection leaves the ranking in front").isEqualTo(1);
        assertThat(robot.lookup("#right-tabs").tryQuery()).as("still open").isPresent();

        robot.clickOn("#panel-strip-toggle");
        assertThat(robot.lookup("#right-tabs").tryQuery()).isEmpty();
        robot.clickOn("#panel-strip-toggle");
        assertThat(robot.lookup("#right-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex())
                .as("« unfolds the tab shown last").isEqualTo(1);
    }

    @Test
    void ctrlBFoldsAndUnfoldsTheSidePanelsAndTheStripsTooltipsNameIt(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        robot.interact(() -> robot.lookup("#graph-canvas").query().requestFocus());
        javafx.scene.control.Button toggle = robot.lookup("#panel-strip-toggle").queryAs(javafx.scene.control.Button.class);
        assertThat(toggle.getTooltip().getText()).isEqualTo("Show the side panel (Ctrl+B)");
        assertThat(robot.lookup("#panel-strip .button").queryAllAs(javafx.scene.control.Button.class))
                .allSatisfy(b -> assertThat(b.getTooltip().getText()).contains("Ctrl+B"));

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.B)
                .release(javafx.scene.input.KeyCode.B, javafx.scene.input.KeyCode.CONTROL);
        assertThat(robot.lookup("#right-tabs").tryQuery()).as("unfolded").isPresent();
        assertThat(toggle.getTooltip().getText()).isEqualTo("Hide the side panel (Ctrl+B)");

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.B)
                .release(javafx.scene.input.KeyCode.B, javafx.scene.input.KeyCode.CONTROL);
        assertThat(robot.lookup("#right-tabs").tryQuery()).as("folded again").isEmpty();
    }

    @Test
    void clickingAServiceUnfoldsTheInspectorWithoutMovingThePictureUnlessItWouldCoverTheService(FxRobot robot)
            throws TimeoutException {
        opened.waitForDocument();
        GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> isFitted(canvas));
        for (String service : List.of("route53-dns", "support-center")) {
            robot.interact(() -> window.selection().selectedProperty().set(null));
            Viewport v = canvas.viewportProperty().get();
            dev.blastmap.layout.Box box = canvas.graphLayout().nodes().get(id(service));
            robot.clickOn(canvas.localToScreen(v.toScreenX(box.centerX()), v.toScreenY(box.centerY())));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> id(service).equals(window.selection().selectedProperty().get()));
            assertThat(robot.lookup("#right-tabs").tryQuery()).isPresent();
            Viewport after = canvas.viewportProperty().get();
            assertThat(after.scale()).isEqualTo(v.scale());
            assertThat(after.toScreenX(box.maxX())).as(service).isLessThanOrEqualTo(canvas.getWidth());
            if (v.toScreenX(box.maxX()) < canvas.getWidth()) {
                assertThat(after).as("%s was not covered: the picture stays", service).isEqualTo(v);
            }
        }
    }

    @Test
    void openingTheRankingFromTheStripFitsTheGraphToTheNarrowerCanvas(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        double folded = canvas.getWidth();
        robot.clickOn("Single points of failure");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getWidth()).isLessThan(folded);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> isFitted(canvas));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(CanvasFit.drawnAtTheEdges(canvas)).as("no card cut by the canvas's edge").isEmpty();

        robot.interact(() -> canvas.setViewport(canvas.viewportProperty().get().zoomAt(2.5, 40, 40)));
        robot.interact(canvas::requestFocus);
        robot.type(javafx.scene.input.KeyCode.F);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> isFitted(canvas));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(CanvasFit.drawnAtTheEdges(canvas)).as("F fits it so again").isEmpty();
    }

    @Test
    void startedWithTheRankingOpenTheFittedGraphsEdgeCardsAreWholeAtEverySize(FxRobot robot) throws TimeoutException {
        // The flagship fitted beside the ranking is far out (zoom about 0.2): labels at a legible size grow the
        // cards at the drawing's edges past the layout, and a fit to the layout alone let the canvas cut them.
        Stage other = CanvasFit.onFx(Stage::new);
        Preferences prefs = opened.preferences().node("spof-start");
        MainWindow started = CanvasFit.onFx(() -> {
            MainWindow w = new MainWindow(other, LaunchOptions.parse(List.of("--light", "--panel", "spof")), prefs,
                    SampleCatalog.bundled());
            w.show();
            return w;
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !started.documents().document().isEmpty() && started.tasks().running().isEmpty());
            GraphCanvas canvas = robot.from(other.getScene().getRoot()).lookup("#graph-canvas").queryAs(GraphCanvas.class);
            assertThat(robot.from(other.getScene().getRoot()).lookup("#right-tabs").queryAs(TabPane.class)
                    .getSelectionModel().getSelectedIndex()).as("the ranking is open").isEqualTo(1);
            for (double[] size : new double[][] {{0, 0}, {1440, 900}, {1280, 720}, {1600, 1000}}) {
                if (size[0] > 0) {
                    robot.interact(() -> {
                        other.setX(0);
                        other.setY(0);
                        other.setWidth(size[0]);
                        other.setHeight(size[1]);
                    });
                }
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> isFitted(canvas));
                WaitForAsyncUtils.waitForFxEvents();
                List<String> cut = CanvasFit.drawnAtTheEdges(canvas);
                assertThat(cut).as("a %.0f x %.0f window (zoom %.3f)", other.getWidth(), other.getHeight(),
                        canvas.viewportProperty().get().scale()).isEmpty();
            }
        } finally {
            robot.interact(other::close);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> started.tasks().running().isEmpty());
        }
    }

    /** True when the canvas shows the whole graph, as drawn, as large as it fits (see {@link CanvasFit}). */
    private static boolean isFitted(GraphCanvas canvas) {
        Viewport fit = CanvasFit.expected(canvas);
        return Math.abs(canvas.viewportProperty().get().scale() - fit.scale()) < 1e-6;
    }
}
