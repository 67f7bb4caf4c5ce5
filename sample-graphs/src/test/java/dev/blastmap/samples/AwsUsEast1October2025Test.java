package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.afterStep;
import static dev.blastmap.samples.SampleFiles.downIds;
import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsUsEast1October2025Test {

    private final Graph graph = SampleFiles.graph("aws-us-east-1-2025-10.blastmap.json");
    private final Scenario timeline = SampleFiles.scenario(graph, "timeline");

    private static final List<String> PRESS_APPS = List.of("snapchat", "roblox", "fortnite", "duolingo", "ring", "alexa",
            "prime-video", "signal", "reddit", "venmo", "coinbase", "robinhood", "zoom", "lloyds", "halifax", "hmrc",
            "perplexity", "delta", "united");

    @Test
    void theWellSourcedPressAppsAreCustomerFacingAndNoneOfTheWeaklySourcedOnesAre() {
        for (String app : PRESS_APPS) {
            Service service = graph.require(ServiceId.of(app));
            assertThat(service.customerFacing()).as(app).isTrue();
            assertThat(service.weight()).as(app).isPositive();
        }
        assertThat(graph.contains(ServiceId.of("chatgpt"))).isFalse();
        assertThat(graph.contains(ServiceId.of("whatsapp"))).isFalse();
        assertThat(graph.contains(ServiceId.of("slack"))).isFalse();
    }

    @Test
    void knockingOutTheDynamoDbDnsRecordBeforeTheHandMadeFixTakesDownEveryCustomerFacingService() {
        BlastRadius radius = knockOut(graph, "dynamodb-dns-record", "dynamodb-dns-hand-fix");
        List<ServiceId> customerFacing = graph.services().stream().filter(Service::customerFacing).map(Service::id).toList();
        assertThat(customerFacing).hasSizeGreaterThanOrEqualTo(PRESS_APPS.size());
        assertThat(radius.impact().customerFacingDown()).containsExactlyInAnyOrderElementsOf(customerFacing);
    }

    @Test
    void knockingOutTheDynamoDbDnsRecordLeavesRunningInstancesHealthy() {
        BlastRadius radius = knockOut(graph, "dynamodb-dns-record", "dynamodb-dns-hand-fix");
        assertThat(radius.state(ServiceId.of("ec2-running-instances"))).isEqualTo(ServiceState.HEALTHY);
        assertThat(radius.state(ServiceId.of("ec2-instance-launches"))).isEqualTo(ServiceState.DOWN);
    }

    @Test
    void runningInstancesDoNotDependOnDwfmTheLeasesNetworkManagerOrDynamoDb() {
        for (String dependency : List.of("ec2-dwfm", "ec2-droplet-leases", "ec2-network-manager", "dynamodb")) {
            assertThat(knockOut(graph, dependency).state(ServiceId.of("ec2-running-instances"))).as(dependency)
                    .isEqualTo(ServiceState.HEALTHY);
        }
    }

    @Test
    void theSpofRankingPutsDynamoDbsLoadBalancersThenTheDnsAutomationAndTheRecordAtTheTop() {
        // The load balancers lead: both the record and the hand-made fix of 1:15 AM lead to them.
        assertThat(SpofRanking.rank(graph).subList(0, 5)).extracting(e -> e.id().value()).containsExactly(
                "dynamodb-load-balancers", "dynamodb-dns-planner", "route53-control-plane", "route53-dns",
                "dynamodb-dns-record");
    }

    @Test
    void replicasInOtherRegionsStayReachable() {
        BlastRadius radius = knockOut(graph, "dynamodb-dns-record");
        assertThat(radius.state(ServiceId.of("dynamodb-replica-us-west-2"))).isEqualTo(ServiceState.DEGRADED);
        assertThat(radius.state(ServiceId.of("dynamodb-replica-eu-west-1"))).isEqualTo(ServiceState.DEGRADED);
        assertThat(radius.state(ServiceId.of("dynamodb-global-tables"))).isEqualTo(ServiceState.DOWN);
    }

    @Test
    void oneEnactorIsEnoughToKeepTheRecordCurrent() {
        assertThat(downIds(knockOut(graph, "dynamodb-dns-enactor-az1", "dynamodb-dns-enactor-az2")))
                .containsExactlyInAnyOrder("dynamodb-dns-enactor-az1", "dynamodb-dns-enactor-az2");
        assertThat(downIds(knockOut(graph, "dynamodb-dns-enactor-az1", "dynamodb-dns-enactor-az2", "dynamodb-dns-enactor-az4")))
                .contains("dynamodb-dns-record", "dynamodb");
    }

    @Test
    void launchesFailThroughExpiredLeasesAfterTheLeaseTimeout() {
        BlastRadius radius = knockOut(graph, "dynamodb-dns-record");
        assertThat(radius.causeChain(ServiceId.of("ec2-instance-launches"))).extracting(ServiceId::value)
                .containsExactly("ec2-instance-launches", "ec2-droplet-leases", "ec2-dwfm", "dynamodb", "dynamodb-dns-record");
        Duration leasesExpire = radius.failure(ServiceId.of("ec2-droplet-leases")).orElseThrow().time();
        Duration dwfmFails = radius.failure(ServiceId.of("ec2-dwfm")).orElseThrow().time();
        assertThat(leasesExpire).isGreaterThan(dwfmFails);
    }

    @Test
    void redshiftFailsInEveryRegionThroughIamInUsEast1() {
        BlastRadius radius = knockOut(graph, "iam-control-plane");
        assertThat(downIds(radius)).contains("redshift-us-east-1", "redshift-eu-west-1", "console-signin");
        assertThat(graph.require(ServiceId.of("redshift-eu-west-1")).region()).isEqualTo("eu-west-1");
    }

    @Test
    void supportCentersRegionalFailoverIsDefeatedBySharedAccountMetadata() {
        assertThat(downIds(knockOut(graph, "support-us-east-1"))).doesNotContain("support-center");
        assertThat(downIds(knockOut(graph, "account-metadata"))).contains("support-center");
    }

    @Test
    void theTimelineFollowsAwsFromTheEmptyRecordAtElevenFortyEightToTheLastRedshiftClustersNextMorning() {
        List<Step> steps = timeline.steps();
        assertThat(steps.get(0).time()).isEqualTo(OffsetDateTime.parse("2025-10-19T23:48:00-07:00"));
        assertThat(steps.get(0).knockOut()).extracting(ServiceId::value)
                .containsExactly("dynamodb-dns-record", "dynamodb-dns-hand-fix");
        assertThat(steps.get(steps.size() - 1).time()).isEqualTo(OffsetDateTime.parse("2025-10-21T04:05:00-07:00"));
        assertThat(steps).extracting(Step::time).contains(
                OffsetDateTime.parse("2025-10-20T02:25:00-07:00"), OffsetDateTime.parse("2025-10-20T05:28:00-07:00"));
    }

    @Test
    void afterDnsIsRestoredDynamoDbIsBackButLaunchesStillFail() {
        int restored = indexOf("2025-10-20T02:25:00-07:00");
        BlastRadius radius = afterStep(graph, timeline, restored);
        assertThat(radius.state(ServiceId.of("dynamodb"))).isEqualTo(ServiceState.HEALTHY);
        assertThat(radius.state(ServiceId.of("snapchat"))).isEqualTo(ServiceState.HEALTHY);
        assertThat(radius.state(ServiceId.of("ec2-instance-launches"))).isEqualTo(ServiceState.DOWN);
        assertThat(radius.state(ServiceId.of("ec2-running-instances"))).isNotEqualTo(ServiceState.DOWN);
    }

    @Test
    void theDwfmCollapseKeepsLaunchesDownUntilTheLeasesAreBackAtFiveTwentyEight() {
        int leasesBack = indexOf("2025-10-20T05:28:00-07:00");
        for (int i = indexOf("2025-10-20T02:25:00-07:00"); i < leasesBack; i++) {
            assertThat(afterStep(graph, timeline, i).state(ServiceId.of("ec2-instance-launches"))).as(timeline.steps().get(i).title())
                    .isEqualTo(ServiceState.DOWN);
        }
        assertThat(downIds(afterStep(graph, timeline, leasesBack))).as("no false all-clear at 5:28 AM")
                .contains("ecs", "eks", "fargate", "connect").doesNotContain("ec2-instance-launches");
    }

    @Test
    void flappingHealthChecksTakeDownStsAgainAndTheUkAppsThatNeedIt() {
        BlastRadius radius = afterStep(graph, timeline, indexOf("2025-10-20T05:30:00-07:00"));
        assertThat(downIds(radius)).contains("nlb", "sts", "lloyds", "halifax", "hmrc").doesNotContain("dynamodb", "snapchat");
    }

    @Test
    void networkManagersBacklogStopsLaunchesUntilTenThirtySix() {
        assertThat(afterStep(graph, timeline, indexOf("2025-10-20T06:21:00-07:00")).state(ServiceId.of("ec2-instance-launches")))
                .isEqualTo(ServiceState.DOWN);
        // Launches succeed from 10:37 AM, still throttled until 1:50 PM.
        assertThat(afterStep(graph, timeline, indexOf("2025-10-20T10:36:00-07:00")).state(ServiceId.of("ec2-instance-launches")))
                .isEqualTo(ServiceState.DEGRADED);
        assertThat(afterStep(graph, timeline, indexOf("2025-10-20T13:50:00-07:00")).state(ServiceId.of("ec2-instance-launches")))
                .isEqualTo(ServiceState.HEALTHY);
    }

    @Test
    void runningInstancesStayHealthyAtEveryStep() {
        for (int i = 0; i < timeline.steps().size(); i++) {
            assertThat(afterStep(graph, timeline, i).state(ServiceId.of("ec2-running-instances")))
                    .as(timeline.steps().get(i).title()).isEqualTo(ServiceState.HEALTHY);
        }
    }

    private int indexOf(String time) {
        OffsetDateTime at = OffsetDateTime.parse(time);
        for (int i = 0; i < timeline.steps().size(); i++) {
            if (at.equals(timeline.steps().get(i).time())) {
                return i;
            }
        }
        throw new AssertionError("no step at " + time);
    }
}
