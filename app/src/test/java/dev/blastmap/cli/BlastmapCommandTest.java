package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlastmapCommandTest {

    @Test
    void noArgumentsOrAFileOpenTheWindow() {
        assertThat(BlastmapCommand.isCommandLine(new String[0])).isFalse();
        assertThat(BlastmapCommand.isCommandLine(new String[] {"graph.blastmap.json"})).isFalse();
    }

    @Test
    void versionAndHelpRunHeadless() {
        assertThat(BlastmapCommand.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(BlastmapCommand.run(new String[] {"--version"})).isZero();
    }
}
