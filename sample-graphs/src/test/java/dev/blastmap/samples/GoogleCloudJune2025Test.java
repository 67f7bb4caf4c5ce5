package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.afterStep;
import static dev.blastmap.samples.SampleFiles.downIds;
import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class GoogleCloudJune2025Test {

    private final Graph graph = SampleFiles.graph("google-cloud-2025-06.blastmap.json");
    private final Scenario timeline = SampleFiles.scenario(graph, "timeline");

    @Test
    void theBlankPolicyTakesDownServiceControlInEveryRegion() {
        assertThat(downIds(knockOut(graph, "quota-policy"))).contains("service-control-us-central1", "service-control-us-east1",
                "service-control-europe-west1", "service-control-asia-northeast1", "google-cloud-iam");
    }

    @Test
    void itCascadesIntoCloudflareWorkersKvAndAccessButNotTheCoreProxy() {
        BlastRadius radius = knockOut(graph, "quota-policy");
        assertThat(radius.causeChain(ServiceId.of("cloudflare-access"))).extracting(ServiceId::value)
                .containsSubsequence("cloudflare-access", "workers-kv", "kv-storage-backend", "gcp-apis-us-central1", "quota-policy");
        assertThat(radius.failure(ServiceId.of("cloudflare-cdn"))).isEmpty();
    }

    @Test
    void afterTheFixOnlyUsCentral1AndWhatHangsOffItStayDown() {
        int fix = 4;
        assertThat(timeline.steps().get(fix).restore()).extracting(ServiceId::value).containsExactly("quota-policy");
        assertThat(downIds(afterStep(graph, timeline, fix))).contains("gcp-apis-us-central1", "workers-kv", "cloudflare-access")
                .doesNotContain("gcp-apis-us-east1", "gcp-apis-europe-west1");
    }
}
