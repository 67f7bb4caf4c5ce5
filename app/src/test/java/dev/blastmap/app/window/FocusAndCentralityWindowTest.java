package dev.blastmap.app.window;

import static dev.blastmap.app.Fixtures.id;
import static dev.blastmap.app.window.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.Viewport;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Focus mode and the structural centrality columns, through the real window on the flagship sample. */
@ExtendWith(ApplicationExtension.class)
class FocusAndCentralityWindowTest {

    private TestWindow opened;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, "--light");
        window = opened.window();
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        opened.forget();
    }

    /** Selects DynamoDB from the canvas and presses Shift+F, as a user focusing on its neighbourhood does. */
    private void focusOnDynamodb(FxRobot robot, GraphCanvas canvas) {
        robot.interact(() -> {
            canvas.requestFocus();
            window.selection().selectedProperty().set(id("dynamodb"));
        });
        robot.press(KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void shiftFShowsOnlyTheNeighbourhoodOfTheSelectionAndShowAllBringsEverythingBack(FxRobot robot)
            throws TimeoutException {
        opened.waitForDocument();
        GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        int everything = window.documents().document().graph().size();
        focusOnDynamodb(robot, canvas);

        assertThat(window.focus().activeProperty().get()).isTrue();
        int focused = canvas.graph().size();
        assertThat(focused).isLessThan(everything).isGreaterThan(1);
        assertThat(canvas.graph().contains(id("dynamodb"))).isTrue();
        assertThat(canvas.graphLayout().nodes()).hasSize(focused);
        assertThat(robot.lookup("#focus-bar").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#focus-title").queryAs(Label.class).getText()).contains(focused + " services");

        robot.interact(() -> robot.lookup("#focus-depth").queryAs(Slider.class).setValue(1));
        int oneHop = canvas.graph().size();
        assertThat(oneHop).isLessThanOrEqualTo(focused);
        robot.interact(() -> robot.lookup("#focus-depth").queryAs(Slider.class).setValue(2));
        assertThat(canvas.graph().size()).as("two hops show more than one").isGreaterThan(oneHop);
        robot.interact(() -> robot.lookup("#focus-depth").queryAs(Slider.class).setValue(1));
        assertThat(canvas.graph().contains(id("connect"))).as("a direct dependent, shown both ways").isTrue();
        robot.clickOn("#focus-dependencies");
        assertThat(canvas.graph().size()).isLessThan(oneHop);
        assertThat(window.documents().document().graph().require(id("dynamodb")).dependencies())
                .allSatisfy(d -> assertThat(canvas.graph().contains(d)).isTrue());
        assertThat(canvas.graph().contains(id("connect"))).as("dependents left out downstream-only").isFalse();

        robot.clickOn("#focus-off");
        assertThat(window.focus().activeProperty().get()).isFalse();
        assertThat(canvas.graph().size()).isEqualTo(everything);
        assertThat(robot.lookup("#focus-bar").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
    }

    @Test
    void openingAnotherSampleWhileFocusedLeavesFocusAndShowsTheNewGraphFitted(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        focusOnDynamodb(robot, canvas);
        assertThat(window.focus().activeProperty().get()).isTrue();

        robot.clickOn("AWS S3, February 2017");
        waitFor(() -> window.documents().document().title().contains("S3") && window.tasks().running().isEmpty()
                && canvas.graph() == window.documents().document().graph());
        waitFor(() -> {
            Viewport before = canvas.viewportProperty().get();
            Thread.sleep(300); // until the glide has ended
            return before.equals(canvas.viewportProperty().get());
        });

        assertThat(window.focus().activeProperty().get()).isFalse();
        assertThat(robot.lookup("#focus-bar").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
        assertThat(canvas.graphLayout().nodes()).hasSize(window.documents().document().graph().size());
        Viewport fitted = CanvasFit.expected(canvas);
        Viewport shown = canvas.viewportProperty().get();
        assertThat(shown.scale()).as("the new graph fitted, not at the old graph's zoom")
                .isCloseTo(fitted.scale(), org.assertj.core.data.Offset.offset(fitted.scale() * 0.02));
        assertThat(shown.offsetX()).isCloseTo(fitted.offsetX(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(shown.offsetY()).isCloseTo(fitted.offsetY(), org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSpofTableShowsBetweennessAndPageRankWhenAsked(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        robot.clickOn("Single points of failure");
        waitFor(() -> !window.spof().ranking().isEmpty());
        TableView<?> table = robot.lookup("#spof-table").queryAs(TableView.class);
        TableColumn<Object, String> betweenness = (TableColumn<Object, String>) table.getColumns().stream()
                .filter(c -> "spof-betweenness".equals(c.getId())).findFirst().orElseThrow();
        assertThat(betweenness.isVisible()).isFalse();

        robot.clickOn("#spof-centrality");
        waitFor(() -> !window.spof().centrality().scoresProperty().get().isEmpty());

        assertThat(betweenness.isVisible()).isTrue();
        assertThat(window.spof().centrality().scoresProperty().get()).hasSize(window.documents().document().graph().size());
        String first = betweenness.getCellData(0);
        assertThat(first).matches("\\d\\.\\d{3}");
    }
}
