package dev.blastmap.app.recovery;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.window.MainWindow;
import dev.blastmap.io.formats.GraphFormats;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Blastmap killed with SIGKILL in the middle of editing loses nothing: the next launch offers the recovery
 * copy and restores it as unsaved changes to the same file.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryOfferTest {

    @TempDir
    Path dir;

    @Test
    void afterAKillTheNextLaunchOffersTheEditsAndRestoresThem(FxRobot robot) throws Exception {
        Path recovery = dir.resolve("recovery");
        Path file = dir.resolve("shop.blastmap.json");
        GraphFormats.NATIVE.writer().write(Fixtures.shop(), file);

        Process child = startChild(recovery, file);
        try {
            awaitLine(child, "EDITED");
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no window close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137);
        RecoveryStore store = new RecoveryStore(recovery, ProcessHandle.current().pid());
        assertThat(store.orphans()).hasSize(1);

        String before = System.getProperty("blastmap.recovery.dir");
        String switched = System.getProperty("blastmap.recovery");
        System.setProperty("blastmap.recovery.dir", recovery.toString());
        System.clearProperty("blastmap.recovery");
        try {
            Stage[] stage = new Stage[1];
            MainWindow[] window = new MainWindow[1];
            robot.interact(() -> {
                stage[0] = new Stage();
                window[0] = new MainWindow(stage[0], LaunchOptions.parse(List.of("--light")),
                        Preferences.userRoot().node("/dev/blastmap/test/recovery-" + System.nanoTime()),
                        SampleCatalog.bundled());
                window[0].show();
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#recovery-restore").tryQuery().isPresent());
            robot.clickOn("#recovery-restore");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> window[0].documents().document().graph().contains(id("service")));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window[0].documents().isModified()).isTrue();
            assertThat(window[0].documents().document().file()).contains(file.toAbsolutePath());
            assertThat(window[0].documents().document().graph().contains(id("search"))).isTrue();
            assertThat(stage[0].getTitle()).isEqualTo("Blastmap — *Shop");
            assertThat(store.orphans()).isEmpty();
            robot.interact(() -> stage[0].hide());
        } finally {
            if (before == null) {
                System.clearProperty("blastmap.recovery.dir");
            } else {
                System.setProperty("blastmap.recovery.dir", before);
            }
            if (switched != null) {
                System.setProperty("blastmap.recovery", switched);
            }
        }
    }

    private Process startChild(Path recovery, Path file) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dblastmap.recovery.dir=" + recovery,
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true",
                RecoveryChild.class.getName(), file.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void awaitLine(Process child, String wanted) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (seen) {
                        seen.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // the child was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            synchronized (seen) {
                if (seen.contains(wanted)) {
                    return;
                }
            }
            if (!child.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        synchronized (seen) {
            throw new AssertionError("the child never said " + wanted + "; it said: " + String.join("\n", seen));
        }
    }
}
