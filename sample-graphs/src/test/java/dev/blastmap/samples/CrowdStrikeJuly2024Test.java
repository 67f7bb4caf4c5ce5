package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.afterStep;
import static dev.blastmap.samples.SampleFiles.downIds;
import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import org.junit.jupiter.api.Test;

class CrowdStrikeJuly2024Test {

    private final Graph graph = SampleFiles.graph("crowdstrike-2024-07.blastmap.json");
    private final Scenario timeline = SampleFiles.scenario(graph, "timeline");

    @Test
    void theChannelFileCrashesWindowsHostsAndTheSectorsOnThemButNotMacOrLinux() {
        assertThat(downIds(knockOut(graph, "channel-file-291")))
                .contains("windows-hosts", "airline-check-in", "bank-branches", "hospital-systems", "broadcast-playout")
                .doesNotContain("mac-linux-hosts", "web-services-on-linux");
    }

    @Test
    void revertingTheFileDoesNotBringTheCrashedMachinesBack() {
        int revert = 2;
        assertThat(timeline.steps().get(revert).restore()).extracting(id -> id.value()).containsExactly("channel-file-291");
        assertThat(downIds(afterStep(graph, timeline, revert))).contains("windows-hosts", "airline-check-in")
                .doesNotContain("channel-file-291", "falcon-sensor-windows");
    }
}
