package dev.blastmap.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    /** A process id no process has: larger than any Linux allows. */
    private static final long GONE = 9_999_999_999L;

    @Test
    void aCopyLeftByAProcessThatIsGoneIsOfferedWithItsTitleAndFile() throws Exception {
        Path original = dir.resolve("shop.blastmap.json");
        new RecoveryStore(dir, GONE).write(Fixtures.shop(), "Shop", original);
        RecoveryStore mine = new RecoveryStore(dir, ProcessHandle.current().pid());
        assertThat(mine.orphans()).singleElement().satisfies(o -> {
            assertThat(o.title()).isEqualTo("Shop");
            assertThat(o.original()).isEqualTo(original.toAbsolutePath());
        });
        assertThat(mine.read(mine.orphans().get(0))).isEqualTo(Fixtures.shop());
        mine.discard(mine.orphans().get(0));
        assertThat(mine.orphans()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCopyOfARunningProcessIsNotOffered() throws Exception {
        RecoveryStore mine = new RecoveryStore(dir, ProcessHandle.current().pid());
        mine.write(Fixtures.shop(), "Shop", null);
        assertThat(mine.current()).isPresent();
        assertThat(new RecoveryStore(dir, GONE).orphans()).isEmpty();
        mine.discard();
        assertThat(mine.current()).isEmpty();
    }

    @Test
    void noFolderMeansNothingToOffer() {
        assertThat(new RecoveryStore(dir.resolve("missing"), 1).orphans()).isEmpty();
    }
}
