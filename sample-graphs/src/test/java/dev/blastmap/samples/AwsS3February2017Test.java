package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.afterStep;
import static dev.blastmap.samples.SampleFiles.downIds;
import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class AwsS3February2017Test {

    private final Graph graph = SampleFiles.graph("aws-s3-2017-02.blastmap.json");
    private final Scenario timeline = SampleFiles.scenario(graph, "timeline");

    @Test
    void losingTheIndexBeforeAnyWayAroundTakesDownS3TheAwsServicesOnItAndTheDashboardThatShouldReportIt() {
        assertThat(downIds(knockOut(graph, "s3-index", "shd-update-without-s3")))
                .contains("s3-reads", "s3-writes", "s3-placement", "ec2-launches", "ebs-snapshot-restore", "lambda", "health-dashboard")
                .doesNotContain("ec2-running-instances", "s3-billing");
    }

    @Test
    void fromTheWayAroundAt1137TheDashboardReportsAgainWhileS3IsStillDown() {
        BlastRadius radius = knockOut(graph, "s3-index");
        assertThat(radius.state(ServiceId.of("health-dashboard"))).isEqualTo(ServiceState.DEGRADED);
        assertThat(downIds(radius)).contains("s3-reads", "s3-writes");
    }

    @Test
    void whenTheIndexIsBackReadsWorkButWritesWaitForPlacement() {
        int indexBack = 4;
        assertThat(timeline.steps().get(indexBack).restore()).extracting(id -> id.value()).containsExactly("s3-index");
        assertThat(downIds(afterStep(graph, timeline, indexBack))).contains("s3-writes", "slack").doesNotContain("s3-reads", "imgur");
    }
}
