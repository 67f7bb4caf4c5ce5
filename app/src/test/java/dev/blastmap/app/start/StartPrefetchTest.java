package dev.blastmap.app.start;

import dev.blastmap.app.document.SampleCatalog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.window.MainWindow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Reading and laying out the start sample before the window shows, and the window taking the results. */
@ExtendWith(ApplicationExtension.class)
class StartPrefetchTest {

    private static final String FLAGSHIP = "aws-us-east-1-2025-10.blastmap.json";

    private final Preferences preferences = Preferences.userRoot().node("/dev/blastmap/test/prefetch-" + System.nanoTime());
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException, TimeoutException {
        if (window != null) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
        }
        preferences.removeNode();
    }

    @Test
    void prefetchesTheStartSampleOrTheNamedOneButNotAFile() {
        SampleCatalog catalog = SampleCatalog.bundled();
        assertThat(StartPrefetch.begin(LaunchOptions.parse(List.of()), catalog).document(FLAGSHIP)).isPresent();
        StartPrefetch named = StartPrefetch.begin(LaunchOptions.parse(List.of("--sample", "online-boutique.blastmap.json")), catalog);
        assertThat(named.document(FLAGSHIP)).isEmpty();
        assertThat(named.document("online-boutique.blastmap.json").orElseThrow().join().graph().size()).isPositive();
        assertThat(named.layout().orElseThrow().join().nodes()).hasSize(named.documentIfRead().orElseThrow().graph().size());
        StartPrefetch file = StartPrefetch.begin(LaunchOptions.parse(List.of("x.blastmap.json")), catalog);
        assertThat(file.document("x.blastmap.json")).isEmpty();
        assertThat(file.layout()).isEmpty();
    }

    @Test
    void aSampleThatCannotBeReadIsRefusedLikeAnyOther(FxRobot robot) throws TimeoutException {
        StartPrefetch prefetch = StartPrefetch.begin(LaunchOptions.parse(List.of("--sample", "missing.blastmap.json")),
                SampleCatalog.bundled());
        robot.interact(() -> {
            window = new MainWindow(stage, LaunchOptions.parse(List.of("--sample", "missing.blastmap.json")),
                    preferences, SampleCatalog.bundled());
            window.show(prefetch);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.documents().refusalProperty().get() != null);
        assertThat(window.documents().refusalProperty().get().source()).isEqualTo("missing.blastmap.json");
        assertThat(window.documents().document().isEmpty()).isTrue();
    }

    @Test
    void theWindowShowsThePrefetchedDocumentAndLayout(FxRobot robot) throws TimeoutException {
        StartPrefetch prefetch = StartPrefetch.begin(LaunchOptions.parse(List.of()), SampleCatalog.bundled());
        robot.interact(() -> {
            window = new MainWindow(stage, LaunchOptions.parse(List.of()), preferences, SampleCatalog.bundled());
            window.show(prefetch);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.layouts().layout() != null
                && !window.layouts().layout().nodes().isEmpty());
        assertThat(window.documents().document()).isSameAs(prefetch.documentIfRead().orElseThrow());
        assertThat(window.layouts().layout()).isSameAs(prefetch.layout().orElseThrow().join());

        // Afterwards, layouts are computed again as usual.
        robot.interact(() -> window.layouts().relayout());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.layouts().layout() != prefetch.layout().orElseThrow().join());
        assertThat(window.layouts().layout().nodes()).hasSize(window.documents().document().graph().size());
    }
}
