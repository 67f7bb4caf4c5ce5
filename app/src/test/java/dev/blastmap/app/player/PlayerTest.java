package dev.blastmap.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlayerTest {

    @Test
    void onlyNativeFilesAreSavedInPlaceBecauseOnlyTheyKeepScenarios() {
        assertThat(Player.savesInPlace(Path.of("/tmp/outage.blastmap.json"))).isTrue();
        assertThat(Player.savesInPlace(Path.of("/tmp/OUTAGE.Blastmap.JSON"))).isTrue();
        assertThat(Player.savesInPlace(Path.of("/tmp/graph.graphml"))).isFalse();
        assertThat(Player.savesInPlace(Path.of("/tmp/deps.json"))).isFalse();
        assertThat(Player.savesInPlace(null)).as("a bundled sample").isFalse();
    }
}
