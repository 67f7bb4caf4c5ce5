package dev.blastmap.app.edit;

import dev.blastmap.app.Fixtures;
import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.window.MainWindow;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Box;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window opened on the shop fixture (with a one-step walkthrough) saved as a native file. */
final class EditingWindow {

    final MainWindow window;
    final Stage stage;
    final Path file;

    private EditingWindow(MainWindow window, Stage stage, Path file) {
        this.window = window;
        this.stage = stage;
        this.file = file;
    }

    /** Writes the shop into {@code dir} and opens a window on it. */
    static EditingWindow open(Stage stage, Path dir, Preferences preferences) throws IOException {
        Path file = dir.resolve("shop.blastmap.json");
        try {
            GraphFormats.NATIVE.writer().write(Fixtures.shop().withScenario(new dev.blastmap.model.Scenario("outage",
                    "The outage", "", List.of(new dev.blastmap.model.Step(null, "DNS goes", "",
                            List.of(Fixtures.id("dns")), List.of(), List.of())))), file);
        } catch (dev.blastmap.io.GraphExportException e) {
            throw new IOException(e);
        }
        MainWindow window = new MainWindow(stage, LaunchOptions.parse(List.of("--light", file.toString())),
                preferences, SampleCatalog.bundled());
        window.show();
        stage.requestFocus();
        return new EditingWindow(window, stage, file);
    }

    static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitUntilShown() throws TimeoutException {
        waitFor(() -> window.documents().document().graph().contains(Fixtures.id("search"))
                && window.tasks().running().isEmpty() && !window.layouts().layout().nodes().isEmpty());
    }

    GraphCanvas canvas(FxRobot robot) {
        return robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
    }

    /** The centre of a service on the screen. */
    Point2D screenPointOf(FxRobot robot, ServiceId id) {
        Box box = window.layouts().layout().node(id).orElseThrow();
        Viewport v = canvas(robot).viewportProperty().get();
        return canvas(robot).localToScreen(v.toScreenX(box.centerX()), v.toScreenY(box.centerY()));
    }

    /** Gives the canvas the keyboard with this service selected. */
    void select(FxRobot robot, String id) {
        robot.interact(() -> {
            canvas(robot).requestFocus();
            window.selection().selectedProperty().set(Fixtures.id(id));
        });
    }
}
