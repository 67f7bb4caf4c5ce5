package dev.blastmap.app.window;

import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window the window tests drive: opened on a stage with these command-line arguments and the bundled
 * samples, on preferences of its own that {@link #forget} removes, and focused (a Monocle stage needs it since
 * JavaFX 20).
 */
final class TestWindow {

    private final Preferences preferences;
    private final MainWindow window;

    private TestWindow(Preferences preferences, MainWindow window) {
        this.preferences = preferences;
        this.window = window;
    }

    /** Opens and shows the window on {@code stage}, as {@code blastmap ARGS...} would. */
    static TestWindow open(Stage stage, String... args) {
        Preferences preferences = Preferences.userRoot().node("/dev/blastmap/test/window-" + System.nanoTime());
        MainWindow window = new MainWindow(stage, LaunchOptions.parse(List.of(args)), preferences,
                SampleCatalog.bundled());
        window.show();
        stage.requestFocus();
        return new TestWindow(preferences, window);
    }

    MainWindow window() {
        return window;
    }

    /** The window's own preferences: a test may open another window on a node below them. */
    Preferences preferences() {
        return preferences;
    }

    /** Removes the window's preferences; call it after each test. */
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    /** Waits up to 30 s for the condition, then for the FX events it set off. */
    static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a document is open and nothing is working on it in the background. */
    void waitForDocument() throws TimeoutException {
        waitFor(() -> !window.documents().document().isEmpty() && window.tasks().running().isEmpty());
    }
}
