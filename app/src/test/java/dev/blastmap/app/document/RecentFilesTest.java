package dev.blastmap.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final Preferences node = Preferences.userRoot().node("/dev/blastmap/test/recent-" + System.nanoTime());
    private final RecentFiles recent = new RecentFiles(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void keepsFilesNewestFirstWithoutRepeats() {
        recent.add(Path.of("/tmp/a.json"));
        recent.add(Path.of("/tmp/b.json"));
        recent.add(Path.of("/tmp/a.json"));
        assertThat(recent.list()).containsExactly(Path.of("/tmp/a.json"), Path.of("/tmp/b.json"));
    }

    @Test
    void survivesARestartThroughThePreferences() {
        recent.add(Path.of("/tmp/a.json"));
        assertThat(new RecentFiles(node).list()).containsExactly(Path.of("/tmp/a.json"));
    }

    @Test
    void dropsTheOldestBeyondTheLimit() {
        for (int i = 0; i < RecentFiles.LIMIT + 3; i++) {
            recent.add(Path.of("/tmp/f" + i + ".json"));
        }
        assertThat(recent.list()).hasSize(RecentFiles.LIMIT).first().isEqualTo(Path.of("/tmp/f12.json"));
        recent.clear();
        assertThat(recent.list()).isEmpty();
    }
}
