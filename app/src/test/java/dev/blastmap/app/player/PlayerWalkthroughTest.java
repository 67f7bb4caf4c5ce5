package dev.blastmap.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.window.MainWindow;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
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

/** Drives a real walkthrough in the real window: keys, caption, presenter mode and recording. */
@ExtendWith(ApplicationExtension.class)
class PlayerWalkthroughTest {

    private static final String FLAGSHIP = "aws-us-east-1-2025-10.blastmap.json";
    /** The flagship's first step: the record empties, and the fix of 1:15 AM is not there yet. */
    private static final ServiceId[] FIRST_STEP = {ServiceId.of("dynamodb-dns-record"), ServiceId.of("dynamodb-dns-hand-fix")};

    private final Preferences preferences = Preferences.userRoot().node("/dev/blastmap/test/player");
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, LaunchOptions.parse(List.of("--sample", FLAGSHIP)), preferences,
                SampleCatalog.bundled());
        window.show();
    }

    @AfterEach
    void finishBackgroundWorkAndForgetPreferences() throws BackingStoreException, TimeoutException {
        // Closing the window cancels running tasks; let loading, layout and saving end first.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
        preferences.removeNode();
    }

    private void waitForDocument(String title) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.documents().document().title().contains(title));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Scenario timeline() {
        return window.documents().document().graph().scenario("timeline").orElseThrow();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void theKeysAndClickerWalkTheFlagshipTimelineAndTheCaptionFollows(FxRobot robot) throws TimeoutException {
        waitForDocument("AWS us-east-1");
        PlayerViewModel player = window.player().player();
        assertThat(player.scenarioProperty().get().id()).isEqualTo("timeline");

        robot.type(KeyCode.RIGHT);
        assertThat(window.knockouts().knockedOut()).containsExactlyInAnyOrder(FIRST_STEP);
        assertThat(text(robot, "caption-title")).isEqualTo("The DynamoDB endpoint's DNS record is empty");
        assertThat(text(robot, "caption-clock")).isEqualTo("11:48 PM");
        assertThat(text(robot, "caption-position")).isEqualTo("Step 1 of 20");
        assertThat(window.knockouts().radius().impact().customerFacingDown()).hasSize(22);

        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(player.indexProperty().get()).isEqualTo(2);
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.LEFT);
        assertThat(player.indexProperty().get()).isEqualTo(0);

        for (int i = 1; i < timeline().steps().size(); i++) {
            robot.clickOn("#player-next");
            assertThat(window.knockouts().knockedOut()).as("after step %d", i).isEqualTo(timeline().knockedOutAfter(i));
        }
        assertThat(text(robot, "caption-clock")).isEqualTo("4:05 AM");
        assertThat(text(robot, "caption-elapsed")).isEqualTo("T+1 day 4 h");
        assertThat(window.knockouts().knockedOut()).isEmpty();
        assertThat(robot.lookup("#player-next").queryButton().isDisabled()).isTrue();

        robot.clickOn("Walkthrough").clickOn("Back to the Start");
        assertThat(player.indexProperty().get()).isEqualTo(-1);
        robot.clickOn("Walkthrough").clickOn("Next Step  (→, Space, Page Down)");
        assertThat(window.knockouts().knockedOut()).containsExactlyInAnyOrder(FIRST_STEP);
    }

    @Test
    void presenterModeHidesTheChromeEnlargesTheCaptionAndStillTakesTheClicker(FxRobot robot) throws TimeoutException {
        waitForDocument("AWS us-east-1");
        double normalSize = robot.lookup("#caption-narration").queryAs(Label.class).getFont().getSize();
        SplitPane split = (SplitPane) stage.getScene().lookup(".split-pane");
        int panes = split.getItems().size();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.player().presenter().isPresenting()).isTrue();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("presenting");
        javafx.scene.layout.BorderPane root = (javafx.scene.layout.BorderPane) stage.getScene().getRoot();
        assertThat(root.getTop().isVisible()).as("menus and tool bar").isFalse();
        assertThat(split.getItems()).hasSize(1);
        assertThat(robot.lookup("#player-controls").query().isVisible()).isFalse();

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Label narration = robot.lookup("#caption-narration").queryAs(Label.class);
        // 30 pixels on a screen 1080 pixels high, in proportion on this one.
        double inProportion = 30 * Math.max(0.6, Math.min(1.5, stage.getScene().getHeight() / 1080));
        assertThat(narration.getFont().getSize()).isCloseTo(inProportion, org.assertj.core.data.Offset.offset(1.0))
                .isGreaterThan(normalSize);
        assertThat(narration.getText()).startsWith("A slow DNS Enactor");
        assertThat(window.knockouts().knockedOut()).containsExactlyInAnyOrder(FIRST_STEP);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.player().presenter().isPresenting()).isFalse();
        assertThat(root.getTop().isVisible()).isTrue();
        assertThat(split.getItems()).hasSize(panes);
        assertThat(window.knockouts().knockedOut()).as("leaving keeps the step").containsExactlyInAnyOrder(FIRST_STEP);
    }

    private static boolean savedWith(Path file, String scenario) {
        try {
            return GraphFormats.read(file).graph().scenario(scenario).isPresent();
        } catch (GraphImportException | IOException e) {
            return false; // still being written
        }
    }

    @Test
    void recordingInteractiveKnockoutsSavesANewWalkthroughIntoTheFile(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException, GraphImportException {
        Path file = dir.resolve("shop.blastmap.json");
        try (InputStream in = getClass().getResourceAsStream("/samples/online-boutique.blastmap.json")) {
            Files.copy(in, file);
        }
        robot.interact(() -> window.documents().open(file));
        waitForDocument("Online Boutique");

        robot.clickOn("#player-record");
        robot.clickOn("#record-scenario-title").push(KeyCode.CONTROL, KeyCode.A).write("Redis drill");
        robot.interact(() -> window.knockouts().toggle(ServiceId.of("redis-cart")));
        robot.clickOn("#record-step-title").write("Redis fails");
        robot.clickOn("#record-narration").write("The cart has no store.");
        robot.clickOn("#record-add-step");
        robot.interact(() -> window.knockouts().toggle(ServiceId.of("redis-cart")));
        robot.clickOn("#record-narration").write("Back again.");
        robot.clickOn("#record-add-step");
        robot.clickOn("#record-finish");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> savedWith(file, "redis-drill"));
        Graph saved = GraphFormats.read(file).graph();
        Scenario drill = saved.scenario("redis-drill").orElseThrow();
        assertThat(drill.steps()).extracting(s -> s.title()).containsExactly("Redis fails", "Step 2");
        assertThat(drill.knockedOutAfter(0)).containsExactly(ServiceId.of("redis-cart"));
        assertThat(drill.knockedOutAfter(1)).isEmpty();
        assertThat(saved.scenario("exercise")).isPresent();
        assertThat(window.player().player().scenarioProperty().get().id()).isEqualTo("redis-drill");
    }

    @Test
    void editingWhileRecordingKeepsTheRecordingAndItsStepsFollowARename(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException, GraphImportException {
        Path file = dir.resolve("shop.blastmap.json");
        try (InputStream in = getClass().getResourceAsStream("/samples/online-boutique.blastmap.json")) {
            Files.copy(in, file);
        }
        robot.interact(() -> window.documents().open(file));
        waitForDocument("Online Boutique");

        robot.clickOn("#player-record");
        robot.clickOn("#record-scenario-title").push(KeyCode.CONTROL, KeyCode.A).write("Cache drill");
        robot.interact(() -> window.knockouts().toggle(ServiceId.of("redis-cart")));
        robot.clickOn("#record-add-step");
        robot.interact(() -> {
            assertThat(window.edits().model().rename(ServiceId.of("redis-cart"), "cart-cache", "Cart cache")).isEmpty();
            window.edits().model().addService(null);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.player().recorder().recordingProperty().get()).as("still recording").isTrue();
        assertThat(window.player().recorder().steps()).singleElement()
                .satisfies(step -> assertThat(step.knockOut()).containsExactly(ServiceId.of("cart-cache")));
        assertThat(window.player().recorder().pendingProperty().get().isEmpty())
                .as("the rename is no knockout of its own").isTrue();
        robot.interact(() -> window.knockouts().toggle(ServiceId.of("cart-cache")));
        robot.clickOn("#record-add-step");
        robot.clickOn("#record-finish");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> savedWith(file, "cache-drill"));
        Graph saved = GraphFormats.read(file).graph();
        Scenario drill = saved.scenario("cache-drill").orElseThrow();
        assertThat(drill.knockedOutAfter(0)).containsExactly(ServiceId.of("cart-cache"));
        assertThat(drill.knockedOutAfter(1)).isEmpty();
        assertThat(saved.contains(ServiceId.of("service"))).as("the service added while recording is saved").isTrue();
    }
}
