package dev.blastmap.app.edit;

import static dev.blastmap.app.Fixtures.id;
import static dev.blastmap.app.edit.EditingWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editing commands by keyboard through the real window: N, Delete, F2, Ctrl+D, D, undo and redo. */
@ExtendWith(ApplicationExtension.class)
class EditCommandsTest {

    @TempDir
    static Path dir;

    private final Preferences preferences = Preferences.userRoot().node("/dev/blastmap/test/edit-" + System.nanoTime());
    private EditingWindow w;

    @Start
    void start(Stage stage) throws IOException {
        w = EditingWindow.open(stage, dir, preferences);
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }

    private MenuItem editItem(String itemId) {
        return w.window.menuBar().getMenus().stream().filter(m -> m.getText().equals("Edit"))
                .flatMap(m -> m.getItems().stream()).filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void nAddsAServiceBesideTheSelectionWithoutMovingTheRestAndUndoTakesItAway(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        Map<ServiceId, Box> before = Map.copyOf(w.window.layouts().layout().nodes());
        w.select(robot, "api");
        robot.type(KeyCode.N);
        assertThat(w.window.documents().document().graph().contains(id("service"))).isTrue();
        assertThat(w.window.selection().selectedProperty().get()).isEqualTo(id("service"));
        Box added = w.window.layouts().layout().node(id("service")).orElseThrow();
        Box api = before.get(id("api"));
        assertThat(added.centerY()).isCloseTo(api.centerY(), org.assertj.core.data.Offset.offset(api.height() * 3));
        before.forEach((sid, box) -> assertThat(w.window.layouts().layout().node(sid)).contains(box));
        before.values().forEach(box -> assertThat(box.intersects(added)).isFalse());
        assertThat(editItem("undo").getText()).isEqualTo("Undo Add service");
        assertThat(w.stage.getTitle()).isEqualTo("Blastmap — *Shop");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(w.window.documents().document().graph().contains(id("service"))).isFalse();
        assertThat(w.stage.getTitle()).isEqualTo("Blastmap — Shop");
        assertThat(editItem("redo").getText()).isEqualTo("Redo Add service");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(w.window.layouts().layout().node(id("service"))).contains(added);
    }

    @Test
    void deleteAsksWithHowManyDependenciesGoAndUndoBringsThemBack(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        robot.interact(() -> w.window.knockouts().knockOut(java.util.List.of(id("db"), id("cache"))));
        w.select(robot, "db");
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("#confirm-delete").tryQuery().isPresent());
        DialogPane pane = (DialogPane) robot.lookup(".dialog-pane").query();
        assertThat(pane.getHeaderText()).isEqualTo("Delete Database and 3 dependencies?");
        robot.clickOn("#confirm-delete");
        assertThat(w.window.documents().document().graph().contains(id("db"))).isFalse();
        assertThat(w.window.documents().document().graph().require(id("api")).dependencies()).containsExactly(id("cache"));
        assertThat(w.window.knockouts().knockedOut()).containsExactly(id("cache"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(w.window.documents().document().graph().require(id("api")).dependencies()).contains(id("db"));
        assertThat(w.window.knockouts().knockedOut()).containsExactly(id("db"), id("cache"));
    }

    @Test
    void deletingAServiceAWalkthroughStepNamesSaysWhichStepsAndRenamingFollowsInThem(FxRobot robot)
            throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "dns");
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("#confirm-delete").tryQuery().isPresent());
        DialogPane pane = (DialogPane) robot.lookup(".dialog-pane").query();
        assertThat(pane.getContentText()).contains("These walkthrough steps name it", "The outage › DNS goes");
        robot.clickOn("Cancel");
        robot.interact(() -> w.window.edits().model().rename(id("dns"), "route53", "Route 53"));
        assertThat(w.window.documents().document().graph().scenarios().get(0).steps().get(0).knockOut())
                .containsExactly(id("route53"));
    }

    @Test
    void theContextMenuOfTheBackgroundAddsAServiceWhereItWasOpened(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        var canvas = w.canvas(robot);
        javafx.geometry.Point2D corner = canvas.localToScreen(30, 30);
        robot.interact(() -> canvas.onNodeMenuProperty().get()
                .accept(new dev.blastmap.app.canvas.NodeMenuRequest(null, corner.getX(), corner.getY())));
        javafx.scene.control.ContextMenu menu = robot.listWindows().stream()
                .filter(x -> x instanceof javafx.scene.control.ContextMenu && x.isShowing())
                .map(x -> (javafx.scene.control.ContextMenu) x).findFirst().orElseThrow();
        MenuItem add = menu.getItems().stream().filter(i -> "menu-add-service".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(add::fire);
        Box added = w.window.layouts().layout().node(id("service")).orElseThrow();
        var v = canvas.viewportProperty().get();
        assertThat(added.contains(v.toModelX(30), v.toModelY(30)) || added.inflate(200).contains(v.toModelX(30), v.toModelY(30)))
                .isTrue();
    }

    @Test
    void cancellingTheDeletionKeepsEverything(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "db");
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("#confirm-delete").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertThat(w.window.documents().document().graph().contains(id("db"))).isTrue();
        assertThat(w.window.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void f2RenamesCheckingTheIdAsItIsTyped(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        robot.interact(() -> w.window.knockouts().knockOut(java.util.List.of(id("db"))));
        w.select(robot, "db");
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#rename-id").tryQuery().isPresent());
        // Monocle gives a new window no keyboard focus of its own; a desktop gives it to the dialog.
        robot.clickOn("#rename-id").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("dns");
        assertThat(robot.lookup("#rename-id").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("dns");
        Label problem = robot.lookup("#rename-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("“dns” is already the id of DNS.");
        assertThat(robot.lookup("#rename-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.eraseText(3).write("postgres");
        assertThat(problem.isVisible()).isFalse();
        robot.clickOn("#rename-ok");
        var graph = w.window.documents().document().graph();
        assertThat(graph.contains(id("db"))).isFalse();
        assertThat(graph.require(id("api")).dependencies()).contains(id("postgres"));
        assertThat(graph.require(id("postgres")).label()).isEqualTo("Database");
        assertThat(w.window.knockouts().knockedOut()).containsExactly(id("postgres"));
        assertThat(w.window.selection().selectedProperty().get()).isEqualTo(id("postgres"));
    }

    @Test
    void ctrlDDuplicatesTheSelectedService(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "r1");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertThat(w.window.documents().document().graph().contains(id("r1-2"))).isTrue();
        assertThat(w.window.selection().selectedProperty().get()).isEqualTo(id("r1-2"));
        assertThat(w.window.layouts().layout().node(id("r1-2"))).isPresent();
    }

    @Test
    void dThenAClickMakesTheSelectedServiceDependOnTheOneClicked(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "web");
        robot.type(KeyCode.D);
        robot.clickOn(w.screenPointOf(robot, id("cache")));
        assertThat(w.window.documents().document().graph().require(id("web")).dependencies())
                .containsExactly(id("api"), id("cache"));
        assertThat(editItem("undo").getText()).isEqualTo("Undo Add Dependency");
    }

    @Test
    void anEditRunsTheKnockoutShownAgainAtOnce(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        robot.interact(() -> w.window.knockouts().knockOut(java.util.List.of(id("cache"))));
        assertThat(w.window.knockouts().radius().state(id("web"))).isNotEqualTo(ServiceState.DOWN);
        w.select(robot, "web");
        robot.type(KeyCode.D);
        robot.clickOn(w.screenPointOf(robot, id("cache")));
        assertThat(w.window.knockouts().radius().state(id("web"))).isEqualTo(ServiceState.DOWN);
        assertThat(w.window.playback().stateOf(id("web"))).isEqualTo(ServiceState.DOWN);
    }
}
