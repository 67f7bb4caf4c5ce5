package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.afterStep;
import static dev.blastmap.samples.SampleFiles.downIds;
import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudflareNovember2025Test {

    private final Graph graph = SampleFiles.graph("cloudflare-2025-11.blastmap.json");
    private final Scenario timeline = SampleFiles.scenario(graph, "timeline");

    @Test
    void theBadFeatureFileTakesDownTheProxyAndEverythingBehindIt() {
        assertThat(downIds(knockOut(graph, "bot-feature-file")))
                .contains("core-proxy", "customer-sites", "turnstile", "workers-kv", "cloudflare-access", "dashboard-login")
                .doesNotContain("status-page", "clickhouse");
    }

    @Test
    void theErrorsFlapBeforeTheySettle() {
        List<Boolean> sitesDown = new ArrayList<>();
        for (int i = 0; i < timeline.steps().size(); i++) {
            sitesDown.add(downIds(afterStep(graph, timeline, i)).contains("customer-sites"));
        }
        assertThat(sitesDown).containsExactly(false, true, false, true, false, false);
    }
}
