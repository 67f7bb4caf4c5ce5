package dev.blastmap.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.window.MainWindow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The walkthrough bar in the real window, stepped with the mouse as a presenter does. */
@ExtendWith(ApplicationExtension.class)
class PlayerBarTest {

    private final Preferences preferences = Preferences.userRoot().node("/dev/blastmap/test/player-bar");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, LaunchOptions.parse(List.of("--sample", "aws-us-east-1-2025-10.blastmap.json")),
                preferences, SampleCatalog.bundled());
        window.show();
        stage.requestFocus();
    }

    @AfterEach
    void finishBackgroundWorkAndForgetPreferences() throws BackingStoreException, TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
        preferences.removeNode();
    }

    @Test
    void theNextButtonStaysUnderThePointerWhileCaptionsOfDifferentHeightsComeAndGo(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.documents().document().title().contains("AWS us-east-1"));
        WaitForAsyncUtils.waitForFxEvents();
        Node next = robot.lookup("#player-next").query();
        Node caption = robot.lookup("#player-caption").query();
        List<Double> nextTops = new ArrayList<>();
        Set<Double> captionHeights = new HashSet<>();
        nextTops.add(next.localToScene(next.getBoundsInLocal()).getMinY());
        int steps = window.documents().document().graph().scenario("timeline").orElseThrow().steps().size();
        for (int i = 0; i < steps; i++) {
            robot.clickOn(next);
            WaitForAsyncUtils.waitForFxEvents();
            Bounds at = next.localToScene(next.getBoundsInLocal());
            nextTops.add(at.getMinY());
            captionHeights.add(caption.isVisible() ? caption.getLayoutBounds().getHeight() : 0);
        }
        assertThat(captionHeights).as("the captions differ in height").hasSizeGreaterThan(1);
        assertThat(new HashSet<>(nextTops)).as("where Next was at each step: %s", nextTops).hasSize(1);
    }
}
