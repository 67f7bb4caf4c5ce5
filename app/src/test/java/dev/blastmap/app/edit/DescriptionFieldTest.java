package dev.blastmap.app.edit;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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

/** Editing the description of the selected services in the inspector of the real window. */
@ExtendWith(ApplicationExtension.class)
class DescriptionFieldTest {

    @TempDir
    static Path dir;

    private final Preferences preferences =
            Preferences.userRoot().node("/dev/blastmap/test/description-" + System.nanoTime());
    private EditingWindow w;

    @Start
    void start(Stage stage) throws IOException {
        w = EditingWindow.open(stage, Files.createTempDirectory(dir, "d"), preferences);
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }

    private Graph graph() {
        return w.window.documents().document().graph();
    }

    private TextArea field(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.lookup("#edit-description").queryAs(TextArea.class);
        robot.interact(() -> {
            area.requestFocus();
            area.selectAll();
        });
        return area;
    }

    @Test
    void aDescriptionOfSeveralLinesIsSetByCtrlEnterAsOneUndoableEditAndShownAboveTheEditor(FxRobot robot)
            throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "api");
        field(robot);
        robot.write("Serves the shop's API.").type(KeyCode.ENTER).write("Owned by team A.");
        assertThat(graph().require(id("api")).description()).as("Enter starts a new line").isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(graph().require(id("api")).description()).isEqualTo("Serves the shop's API.\nOwned by team A.");
        assertThat(w.window.history().undoTextProperty().get()).isEqualTo("Undo Change Description");
        assertThat(robot.lookup("#inspector-description").queryAs(Label.class).getText())
                .isEqualTo("Serves the shop's API.\nOwned by team A.");
        robot.interact(() -> w.window.history().undo());
        assertThat(graph().require(id("api")).description()).isEmpty();
    }

    @Test
    void leavingTheFieldSetsTheDescriptionAndEscapePutsBackWhatItWas(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "web");
        TextArea area = field(robot);
        robot.write("draft").type(KeyCode.ESCAPE);
        assertThat(area.getText()).isEmpty();
        robot.write("The storefront");
        robot.interact(() -> w.canvas(robot).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(graph().require(id("web")).description()).isEqualTo("The storefront");
    }

    @Test
    void severalSelectedServicesShowSeveralValuesAndGetTheDescriptionTyped(FxRobot robot) throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "r1");
        field(robot);
        robot.write("one replica").press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        robot.interact(() -> w.window.selection().selectAll(java.util.List.of(id("r1"), id("r2"))));
        TextArea area = field(robot);
        assertThat(area.getText()).isEmpty();
        assertThat(area.getPromptText()).isEqualTo("several values");
        robot.write("a replica").press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        assertThat(graph().require(id("r1")).description()).isEqualTo("a replica");
        assertThat(graph().require(id("r2")).description()).isEqualTo("a replica");
        assertThat(graph().require(id("r3")).description()).isEmpty();
        assertThat(w.window.history().undoTextProperty().get()).isEqualTo("Undo Change Description of 2 Services");
    }

    @Test
    void aControlCharacterPastedIsDroppedByTheFieldSoWhatIsSetCanBeWrittenToEveryFormat(FxRobot robot)
            throws TimeoutException {
        w.waitUntilShown();
        w.select(robot, "api");
        TextArea area = field(robot);
        robot.interact(() -> area.replaceSelection("bell\u0007 and tab\t"));
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(graph().require(id("api")).description()).isEqualTo("bell and tab");
    }
}
