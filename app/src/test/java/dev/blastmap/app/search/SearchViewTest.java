package dev.blastmap.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.window.MainWindow;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find in the real window, with the keyboard only. */
@ExtendWith(ApplicationExtension.class)
class SearchViewTest {

    private final Preferences preferences = Preferences.userRoot().node("/dev/blastmap/test/find");
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, LaunchOptions.parse(List.of("--sample", "aws-us-east-1-2025-10.blastmap.json",
                "--panel", "spof")), preferences, SampleCatalog.bundled());
        window.show();
        stage.requestFocus();
    }

    @AfterEach
    void finishBackgroundWorkAndForgetPreferences() throws BackingStoreException, TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
        preferences.removeNode();
    }

    private void waitForFlagship() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.documents().document().title().contains("AWS us-east-1"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterSelectsTheMatchBringsTheInspectorForwardAndGivesTheKeysBackToTheGraph(FxRobot robot) throws TimeoutException {
        waitForFlagship();
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        assertThat(right.getSelectionModel().getSelectedIndex()).as("the ranking is open").isEqualTo(1);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("dynamodb-dns-record").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().selectedProperty().get()).isEqualTo(ServiceId.of("dynamodb-dns-record"));
        assertThat(right.getSelectionModel().getSelectedIndex()).as("the inspector came forward").isZero();
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(GraphCanvas.class);

        robot.type(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.knockouts().knockedOut()).containsExactly(ServiceId.of("dynamodb-dns-record"));
    }

    @Test
    void escClosesFindWithoutBringingKnockedOutServicesBack(FxRobot robot) throws TimeoutException {
        waitForFlagship();
        TabPane left = robot.lookup("#left-tabs").queryAs(TabPane.class);
        int before = left.getSelectionModel().getSelectedIndex();
        robot.interact(() -> window.knockouts().show(java.util.Set.of(ServiceId.of("dynamodb")), false));

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.write("lambda").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.getSelectionModel().getSelectedIndex()).as("back to the tab before Find").isEqualTo(before);
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(GraphCanvas.class);
        assertThat(window.knockouts().knockedOut()).containsExactly(ServiceId.of("dynamodb"));
    }
}
