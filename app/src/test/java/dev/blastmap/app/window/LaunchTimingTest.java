package dev.blastmap.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The launch measurement: one line once the flagship is drawn, with its milestones in order. */
@ExtendWith(ApplicationExtension.class)
class LaunchTimingTest {

    private final Preferences preferences = Preferences.userRoot().node("/dev/blastmap/test/timing-" + System.nanoTime());
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, LaunchOptions.parse(List.of("--light")), preferences, SampleCatalog.bundled());
        LaunchTiming.watch(window.scene(), window.documents(), window.layouts(), Instant.now(), Instant::now, lines::add);
        window.show();
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException, TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.tasks().running().isEmpty());
        preferences.removeNode();
    }

    @Test
    void saysOnceHowLongTheFlagshipTookToBeDrawn() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lines.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines).hasSize(1);
        var m = java.util.regex.Pattern.compile(
                "drawn after (\\d+) ms \\(window shown after (\\d+) ms, graph read after (\\d+) ms, laid out after (\\d+) ms\\)")
                .matcher(lines.get(0));
        assertThat(m.matches()).as(lines.get(0)).isTrue();
        long drawn = Long.parseLong(m.group(1));
        long read = Long.parseLong(m.group(3));
        long laidOut = Long.parseLong(m.group(4));
        assertThat(Long.parseLong(m.group(2))).isBetween(0L, drawn);
        assertThat(read).isBetween(0L, laidOut);
        assertThat(laidOut).isLessThanOrEqualTo(drawn);
        assertThat(window.layouts().layout().nodes()).isNotEmpty();
    }
}
