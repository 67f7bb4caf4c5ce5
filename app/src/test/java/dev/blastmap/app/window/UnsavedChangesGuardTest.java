package dev.blastmap.app.window;

import static dev.blastmap.app.Fixtures.id;
import static dev.blastmap.app.window.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.io.formats.GraphFormats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
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

/** Unsaved edits are never replaced or closed without asking: Save, Don't Save, Cancel. */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesGuardTest {

    @TempDir
    static Path dir;

    private TestWindow opened;
    private MainWindow window;
    private Stage stage;
    private Path file;
    private Path other;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.createTempDirectory(dir, "g").resolve("shop.blastmap.json");
        other = file.resolveSibling("tiny.blastmap.json");
        GraphFormats.NATIVE.writer().write(Fixtures.shop(), file);
        Files.writeString(other, """
                { "blastmap": 1, "name": "Tiny", "services": [ { "id": "a" } ] }
                """);
        opened = TestWindow.open(stage, "--light", file.toString());
        window = opened.window();
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        opened.forget();
    }

    private void editShop(FxRobot robot) throws TimeoutException {
        waitFor(() -> window.documents().document().graph().contains(id("search")) && window.tasks().running().isEmpty()
                && !window.layouts().layout().nodes().isEmpty());
        robot.interact(() -> window.edits().model().addService(null));
        assertThat(window.documents().isModified()).isTrue();
    }

    @Test
    void openingAnotherFileOverEditsAsksAndCancelKeepsThem(FxRobot robot) throws TimeoutException {
        editShop(robot);
        javafx.application.Platform.runLater(() -> window.documents().open(other));
        waitFor(() -> robot.lookup("#unsaved-discard").tryQuery().isPresent());
        robot.clickOn("#unsaved-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.documents().document().graph().contains(id("service"))).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Blastmap — *Shop");
    }

    @Test
    void dontSaveOpensTheOtherFile(FxRobot robot) throws TimeoutException {
        editShop(robot);
        javafx.application.Platform.runLater(() -> window.documents().open(other));
        waitFor(() -> robot.lookup("#unsaved-discard").tryQuery().isPresent());
        robot.clickOn("#unsaved-discard");
        waitFor(() -> stage.getTitle().equals("Blastmap — Tiny"));
    }

    @Test
    void saveWritesTheEditsThroughTheNativeWriterAndThenOpens(FxRobot robot) throws Exception {
        editShop(robot);
        javafx.application.Platform.runLater(() -> window.documents().open(other));
        waitFor(() -> robot.lookup("#unsaved-save").tryQuery().isPresent());
        robot.clickOn("#unsaved-save");
        waitFor(() -> stage.getTitle().equals("Blastmap — Tiny"));
        assertThat(GraphFormats.NATIVE.reader().read(file).graph().contains(id("service"))).isTrue();
    }

    @Test
    void ctrlSSavesInPlaceAndTheTitleLosesItsMark(FxRobot robot) throws Exception {
        editShop(robot);
        assertThat(stage.getTitle()).isEqualTo("Blastmap — *Shop");
        robot.interact(() -> robot.lookup("#graph-canvas").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> stage.getTitle().equals("Blastmap — Shop"));
        assertThat(GraphFormats.NATIVE.reader().read(file).graph().contains(id("service"))).isTrue();
    }

    @Test
    void closingOverEditsAsksFirst(FxRobot robot) throws TimeoutException {
        editShop(robot);
        javafx.application.Platform.runLater(window.actions()::quit);
        waitFor(() -> robot.lookup("#unsaved-discard").tryQuery().isPresent());
        robot.clickOn("#unsaved-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }
}
