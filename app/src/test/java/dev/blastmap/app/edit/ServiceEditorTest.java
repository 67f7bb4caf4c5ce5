package dev.blastmap.app.edit;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing properties and clauses in the inspector, and several services at once, through the real window. */
@ExtendWith(ApplicationExtension.class)
class ServiceEditorTest {

    @TempDir
    static Path dir;

    private final Preferences preferences = Preferences.userRoot().node("/dev/blastmap/test/editor-" + System.nanoTime());
    private EditingWindow w;

    @Start
    void start(Stage stage) throws IOException {
        w = EditingWindow.open(stage, java.nio.file.Files.createTempDirectory(dir, "e"), preferences);
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }

    /** Scrolls the inspector so that the node is in view, as a user would, and returns its query. */
    private String reveal(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Parent p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                javafx.scene.Node content = sp.getContent();
                double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                double room = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }

    private Graph graph() {
        return w.window.documents().document().graph();
    }

    @Test
    void aPropertyTypedAndEnteredIsOneNamedEdit(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "api");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#edit-region").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("west").type(KeyCode.ENTER);
        assertThat(graph().require(id("api")).region()).isEqualTo("west");
        assertThat(w.window.history().undoTextProperty().get()).isEqualTo("Undo Change Region");
    }

    @Test
    void aWeightThatIsNotANumberSaysSoAsItIsTypedAndChangesNothing(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "web");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#edit-weight").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("ten");
        Label problem = robot.lookup("#edit-weight-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("“ten” is not a number; write e.g. 10 or 2.5.");
        robot.type(KeyCode.ENTER);
        assertThat(graph().require(id("web")).weight()).isEqualTo(10);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2.5").type(KeyCode.ENTER);
        assertThat(graph().require(id("web")).weight()).isEqualTo(2.5);
    }

    @Test
    void shiftClickSelectsSeveralAndAGroupTypedIsSetOnAll(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        robot.clickOn(w.screenPointOf(robot, id("r1")));
        robot.press(KeyCode.SHIFT).clickOn(w.screenPointOf(robot, id("r2"))).release(KeyCode.SHIFT);
        assertThat(w.window.selection().selectedIds()).containsExactly(id("r1"), id("r2"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#edit-group").write("replicas").type(KeyCode.ENTER);
        assertThat(graph().require(id("r1")).group()).isEqualTo("replicas");
        assertThat(graph().require(id("r2")).group()).isEqualTo("replicas");
        assertThat(graph().require(id("r3")).group()).isNull();
        assertThat(w.window.history().undoTextProperty().get()).isEqualTo("Undo Change Group of 2 Services");
    }

    @Test
    void aServiceMovedToANewZoneShowsThatZonesBoxAtOnceWithoutReLayout(FxRobot robot) throws TimeoutException {
        // the shop is boxed by region and zone: a new zone is the new group box of this graph
        w.waitUntilShown();
        var before = w.window.layouts().layout();
        assertThat(before.groups()).noneMatch(g -> g.name().equals("brand-new"));
        w.select(robot, "api");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(reveal(robot, "#edit-zone")).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("brand-new").type(KeyCode.ENTER);

        var after = w.window.layouts().layout();
        assertThat(after.groups()).as("a box for the new group, drawn by the edit itself")
                .anySatisfy(g -> {
                    assertThat(g.name()).isEqualTo("brand-new");
                    assertThat(g.depth()).as("inside its region's box").isEqualTo(1);
                    assertThat(g.members()).containsExactly(id("api"));
                    assertThat(g.box().contains(after.node(id("api")).orElseThrow())).isTrue();
                });
        assertThat(after.node(id("api"))).as("the service stays where it was").isEqualTo(before.node(id("api")));
        assertThat(w.window.tasks().running()).as("no re-layout was needed").isEmpty();

        robot.interact(() -> w.window.history().undo());
        assertThat(w.window.layouts().layout().groups()).noneMatch(g -> g.name().equals("brand-new"));
    }

    @Test
    void aShiftDraggedRectangleSelectsWhatItHolds(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        var r1 = w.screenPointOf(robot, id("r1"));
        var r3 = w.screenPointOf(robot, id("r3"));
        var canvasBounds = w.canvas(robot).localToScreen(w.canvas(robot).getBoundsInLocal());
        double top = Math.max(canvasBounds.getMinY() + 2, Math.min(r1.getY(), r3.getY()) - 40);
        double left = Math.min(r1.getX(), r3.getX()) - 80;
        robot.moveTo(new javafx.geometry.Point2D(left, top)).press(KeyCode.SHIFT)
                .press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(Math.max(r1.getX(), r3.getX()) + 80, Math.max(r1.getY(), r3.getY()) + 40))
                .release(javafx.scene.input.MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertThat(w.window.selection().selectedIds()).contains(id("r1"), id("r3"));
    }

    @Test
    void draggingFromAServiceToAnotherAddsADependency(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        robot.drag(w.screenPointOf(robot, id("worker")), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(w.screenPointOf(robot, id("cache"))).release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(graph().require(id("worker")).dependencies()).containsExactly(id("db"), id("cache"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClauseBecomesAllOfSoftWithADelayAndTwoMerge(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "search");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> mode = robot.lookup("#clause-0-mode").queryAs(ComboBox.class);
        robot.interact(() -> {
            mode.setValue("all of");
            mode.getOnAction().handle(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(graph().require(id("search")).dependsOn().get(0).need()).isEqualTo(3);
        robot.clickOn(reveal(robot, "#clause-0-soft"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(reveal(robot, "#clause-0-delay")).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("1h30m").type(KeyCode.ENTER);
        Clause c = graph().require(id("search")).dependsOn().get(0);
        assertThat(c.soft()).isTrue();
        assertThat(c.delay()).isEqualTo(Duration.ofMinutes(90));

        w.select(robot, "api");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(reveal(robot, "#clause-0-merge")).clickOn(reveal(robot, "#clause-1-merge")).clickOn(reveal(robot, "#clause-merge"));
        assertThat(graph().require(id("api")).dependsOn()).singleElement()
                .satisfies(m -> assertThat(m.members()).containsExactly(id("db"), id("cache")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(reveal(robot, "#clause-0-split"));
        assertThat(graph().require(id("api")).dependsOn()).extracting(Clause::members)
                .containsExactly(List.of(id("db")), List.of(id("cache")));
    }
}
