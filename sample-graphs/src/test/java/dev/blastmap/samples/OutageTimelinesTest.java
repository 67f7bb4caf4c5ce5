package dev.blastmap.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of every bundled walkthrough against a table: for the outages, taken from /work/shared/outages.md; for
 * the two reference architectures, from the dependencies outages.md gives and the claims each step's narration
 * makes. One row per step, in order, with the step's time and the states the facts fix at that moment. A row names only what the sources
 * say; "down" counts knocked out and down alike. Lines starting with {@code #} quote the fact a row stands on.
 */
class OutageTimelinesTest {

    private static final String AWS_2025 = """
            # 11:48 PM: DynamoDB endpoint DNS record empty; API errors begin. Existing EC2 instances stayed healthy.
            2025-10-19T23:48-07:00 | down: dynamodb-dns-record dynamodb sts iam-control-plane console-signin lambda connect redshift-us-east-1 redshift-eu-west-1 snapchat roblox lloyds | degraded: dynamodb-replica-us-west-2 dynamodb-replica-eu-west-1 | healthy: ec2-running-instances dynamodb-load-balancers
            2025-10-19T23:48-07:00 | down: dynamodb sts lambda connect | healthy: ec2-running-instances
            # 11:48 PM to 2:24 AM: DWFM's lease checks fail, leases time out, launches fail.
            -                      | down: ec2-dwfm ec2-droplet-leases ec2-instance-launches | healthy: ec2-running-instances
            # 12:38 AM: DNS state identified as the cause.
            2025-10-20T00:38-07:00 | down: dynamodb-dns-record dynamodb ec2-instance-launches | healthy: ec2-running-instances
            # 1:15 AM temporary fixes; STS recovered 1:19 AM (up through the stopgap: degraded, not down).
            2025-10-20T01:19-07:00 | down: dynamodb-dns-record dynamodb snapchat ec2-instance-launches connect | degraded: sts iam-control-plane | healthy: ec2-running-instances
            # 2:25 AM all DNS restored; launches fail 2:25 AM to 10:36 AM; Lambda's SQS poller stuck until 4:40 AM; Connect until 1:20 PM.
            2025-10-20T02:25-07:00 | down: ec2-droplet-leases ec2-instance-launches lambda-sqs-poller connect ecs eks fargate | degraded: lambda | healthy: dynamodb-dns-record dynamodb snapchat roblox sts ec2-running-instances
            # after 2:25 AM: DWFM's congestive collapse.
            -                      | down: ec2-dwfm ec2-instance-launches connect | healthy: dynamodb ec2-running-instances
            # 4:14 AM: engineers throttle incoming work.
            2025-10-20T04:14-07:00 | down: ec2-dwfm ec2-instance-launches connect | healthy: ec2-running-instances
            # 4:40 AM: Lambda's SQS poller restored by hand.
            2025-10-20T04:40-07:00 | down: ec2-instance-launches connect | degraded: lambda | healthy: lambda-sqs-poller ec2-running-instances
            # 5:28 AM: leases back, launches begin to succeed (throttled); containers until 2:20 PM, Connect until 1:20 PM,
            # Redshift clusters until 4:05 AM on 21 Oct: no all-clear.
            2025-10-20T05:28-07:00 | down: ecs eks fargate connect | degraded: ec2-instance-launches redshift-us-east-1 | healthy: ec2-dwfm ec2-droplet-leases sts nlb ec2-running-instances
            # 5:30 AM to 2:09 PM: NLB connection errors; STS fails again.
            2025-10-20T05:30-07:00 | down: nlb sts lloyds halifax hmrc connect ecs | healthy: dynamodb snapchat ec2-running-instances
            # 6:21 AM to 10:36 AM: Network Manager's backlog; new instances without networking.
            2025-10-20T06:21-07:00 | down: ec2-network-manager ec2-instance-launches nlb sts connect | healthy: ec2-running-instances
            # 9:36 AM automatic failover disabled; NLB errors go on until 2:09 PM; STS recovered 9:59 AM.
            2025-10-20T09:36-07:00 | down: sts connect ec2-instance-launches | degraded: nlb | healthy: ec2-running-instances
            2025-10-20T09:59-07:00 | down: connect ecs | degraded: nlb | healthy: sts lloyds halifax hmrc ec2-running-instances
            # 10:36 AM: Network Manager done, launches succeed from 10:37 AM (throttles relaxed from 11:23 AM).
            2025-10-20T10:36-07:00 | down: connect ecs eks fargate | degraded: ec2-instance-launches nlb | healthy: ec2-network-manager ec2-running-instances
            # Connect restored 1:20 PM.
            2025-10-20T13:20-07:00 | down: ecs eks fargate | degraded: nlb ec2-instance-launches | healthy: connect
            # 1:50 PM all EC2 APIs and launches normal.
            2025-10-20T13:50-07:00 | down: ecs | degraded: nlb | healthy: ec2-instance-launches ec2-running-instances
            # 2:09 PM failover re-enabled: the end of period 2.
            2025-10-20T14:09-07:00 | down: ecs eks fargate | degraded: redshift-us-east-1 | healthy: nlb
            # 2:20 PM ECS, EKS and Fargate recovered; some Redshift clusters impaired until 4:05 AM on 21 October.
            2025-10-20T14:20-07:00 | degraded: redshift-us-east-1 | healthy: ecs eks fargate nlb
            2025-10-21T04:05-07:00 | healthy: redshift-us-east-1
            """;

    private static final String S3_2017 = """
            # 9:37 AM: index and placement removed; GET, LIST, PUT, DELETE fail; EC2 launches, EBS restores, Lambda hit.
            2017-02-28T09:37-08:00 | down: s3-index s3-placement s3-reads s3-writes | healthy: ec2-running-instances
            2017-02-28T09:37-08:00 | down: s3-reads s3-writes health-dashboard
            2017-02-28T09:37-08:00 | down: ec2-launches ebs-snapshot-restore lambda health-dashboard | healthy: ec2-running-instances
            # 11:37 AM: the dashboard can be updated again, while S3 is still down (up through a way around its console).
            2017-02-28T11:37-08:00 | down: s3-reads s3-writes s3-index | degraded: health-dashboard | healthy: shd-update-without-s3
            # 12:26 PM the index serves GET, LIST, DELETE; PUT waits for placement.
            2017-02-28T12:26-08:00 | down: s3-placement s3-writes | healthy: s3-index s3-reads ec2-launches
            # 1:54 PM placement recovered, PUT works, S3 normal.
            2017-02-28T13:54-08:00 | healthy: s3-placement s3-writes
            """;

    private static final String FACEBOOK_2021 = """
            # The command takes down every backbone connection; DNS servers withdraw their BGP advertisements.
            -                    | down: backbone data-centres edge-facilities
            2021-10-04T15:40Z    | down: dns-bgp-routes authoritative-dns facebook instagram whatsapp messenger oculus
            -                    | down: facebook instagram whatsapp messenger oculus
            # Internal tools and out-of-band access broke too.
            -                    | down: internal-tools out-of-band-access
            # About 6 hours later the apps are back.
            -                    | healthy: backbone facebook instagram whatsapp
            """;

    private static final String GOOGLE_2025 = """
            # May 29: the quota path ships; nothing fails yet.
            -                      | healthy: service-control-us-central1 workers-kv
            # Jun 12 ~10:45 AM: the blank policy replicates globally.
            2025-06-12T10:45-07:00 | down: quota-policy
            # Service Control crash-loops in every region; Google Cloud APIs fail, IAM checks among them.
            2025-06-12T10:51-07:00 | down: service-control-us-central1 service-control-us-east1 service-control-europe-west1 service-control-asia-northeast1 google-cloud-iam
            # Workers KV's backend fails from 17:52 UTC; Access, WARP, Gateway, Turnstile, Workers AI, Stream.
            2025-06-12T10:52-07:00 | down: workers-kv cloudflare-access cloudflare-warp cloudflare-gateway turnstile workers-ai cloudflare-stream
            # Fixed in ~40 min; us-central1 up to ~2 h 40 m (restarts overloaded Spanner).
            -                      | down: service-control-us-central1 workers-kv | healthy: service-control-us-east1 service-control-europe-west1
            # KV fails for 2 h 28 m from 17:52 UTC, to 20:20 UTC.
            2025-06-12T13:20-07:00 | healthy: service-control-us-central1 workers-kv cloudflare-access
            2025-06-12T18:18-07:00 | healthy: workers-kv
            """;

    private static final String CLOUDFLARE_2025 = """
            # A ClickHouse permissions change; no bad file yet.
            -                    | healthy: core-proxy
            # 5xx from 11:20 UTC; Turnstile, Workers KV, Access and dashboard login also hit.
            2025-11-18T11:20Z    | down: core-proxy customer-sites turnstile workers-kv cloudflare-access dashboard-login
            # Errors flap: the file is rebuilt every 5 minutes.
            -                    | healthy: core-proxy customer-sites
            -                    | down: core-proxy customer-sites
            # Core traffic restored 14:30 (the other services still erring until restarted); fully resolved 17:06.
            2025-11-18T14:30Z    | degraded: turnstile workers-kv cloudflare-access dashboard-login | healthy: core-proxy customer-sites
            2025-11-18T17:06Z    | healthy: core-proxy customer-sites turnstile workers-kv cloudflare-access dashboard-login
            """;

    private static final String FASTLY_2021 = """
            # May 12: the latent bug ships.
            -                    | healthy: fastly-cdn
            # 09:47 onset: 85% of the network returns errors.
            2021-06-08T09:47Z    | down: fastly-cdn amazon reddit gov-uk nytimes guardian cnn | healthy: site-origins
            2021-06-08T09:48Z    | down: fastly-cdn
            2021-06-08T10:27Z    | down: fastly-cdn
            # 10:36 recovery starts, 95% normal within 49 minutes.
            2021-06-08T10:36Z    | healthy: fastly-cdn amazon
            2021-06-08T17:25Z    | healthy: fastly-cdn
            """;

    private static final String CROWDSTRIKE_2024 = """
            # 04:09 UTC pushed; Windows sensors 7.11+ crash.
            2024-07-19T04:09Z    | down: channel-file-291 falcon-sensor-windows windows-hosts airline-check-in | healthy: mac-linux-hosts
            2024-07-19T04:09Z    | down: windows-hosts bank-branches hospital-systems broadcast-playout | healthy: web-services-on-linux
            # 05:27 UTC reverted; the crashed machines stay down.
            2024-07-19T05:27Z    | down: windows-hosts airline-check-in | healthy: channel-file-291
            # ~99% of sensors back by Jul 29.
            -                    | healthy: windows-hosts airline-check-in
            """;

    private static final String AZURE_2025 = """
            # 15:45 UTC: invalid tenant configuration; many AFD nodes fail.
            2025-10-29T15:45Z    | down: afd-config azure-front-door
            # Azure Portal, Entra ID, App Service, Azure SQL, Azure Virtual Desktop; Microsoft 365, Xbox, Minecraft.
            2025-10-29T15:45Z    | down: entra-id azure-portal app-service azure-sql azure-virtual-desktop microsoft-365 xbox minecraft customer-websites | healthy: customer-backends
            # Block config changes, roll back to last known good.
            -                    | healthy: afd-config azure-front-door
            # 00:05 UTC Oct 30.
            2025-10-30T00:05Z    | healthy: azure-front-door entra-id
            """;

    private static final String ONLINE_BOUTIQUE = """
            # The frontend calls the ad service softly: degraded, not down.
            -                    | down: adservice | degraded: frontend | healthy: checkoutservice
            # Checkout calls the email service softly: orders still complete.
            -                    | down: emailservice | degraded: checkoutservice | healthy: frontend adservice
            # cart -> redis-cart; frontend and checkout need the cart.
            -                    | down: redis-cart cartservice checkoutservice frontend loadgenerator | healthy: emailservice productcatalogservice
            -                    | healthy: redis-cart cartservice checkoutservice frontend
            """;

    private static final String MULTI_REGION = """
            # Two of three database replicas keep the quorum.
            -                    | down: db-usw2-az1 | degraded: db-usw2 | healthy: storefront checkout
            # The other region carries every shopper.
            -                    | down: lb-usw2 web-usw2 checkout-usw2 db-usw2 | degraded: storefront checkout | healthy: lb-euw1 web-euw1 checkout-euw1
            -                    | healthy: lb-usw2 web-usw2 checkout-usw2 storefront checkout
            # Both regions validate every session through the one identity service.
            -                    | down: identity web-usw2 web-euw1 checkout-usw2 checkout-euw1 storefront checkout
            -                    | healthy: identity storefront checkout
            """;

    /** Every bundled walkthrough: the sample, the scenario's id, and its table. */
    static Stream<Arguments> timelines() {
        return Stream.of(
                Arguments.of("aws-us-east-1-2025-10.blastmap.json", "timeline", AWS_2025),
                Arguments.of("aws-s3-2017-02.blastmap.json", "timeline", S3_2017),
                Arguments.of("facebook-2021-10.blastmap.json", "timeline", FACEBOOK_2021),
                Arguments.of("google-cloud-2025-06.blastmap.json", "timeline", GOOGLE_2025),
                Arguments.of("cloudflare-2025-11.blastmap.json", "timeline", CLOUDFLARE_2025),
                Arguments.of("fastly-2021-06.blastmap.json", "timeline", FASTLY_2021),
                Arguments.of("crowdstrike-2024-07.blastmap.json", "timeline", CROWDSTRIKE_2024),
                Arguments.of("azure-front-door-2025-10.blastmap.json", "timeline", AZURE_2025),
                Arguments.of("online-boutique.blastmap.json", "exercise", ONLINE_BOUTIQUE),
                Arguments.of("multi-region-active-active.blastmap.json", "lesson", MULTI_REGION));
    }

    @Test
    void everyWalkthroughOfEveryBundledSampleHasATable() {
        Set<String> covered = timelines().map(a -> a.get()[0] + "#" + a.get()[1]).collect(Collectors.toSet());
        List<String> walkthroughs = new ArrayList<>();
        for (String file : SampleFiles.catalogFiles()) {
            SampleFiles.graph(file).scenarios().forEach(s -> walkthroughs.add(file + "#" + s.id()));
        }
        assertThat(walkthroughs).hasSizeGreaterThanOrEqualTo(10);
        assertThat(covered).containsAll(walkthroughs);
    }

    @ParameterizedTest
    @MethodSource("timelines")
    void everyStepShowsTheStatesTheOutageFactsGiveForItsMoment(String file, String scenario, String table) {
        Graph graph = SampleFiles.graph(file);
        Scenario timeline = SampleFiles.scenario(graph, scenario);
        List<Row> rows = Row.parse(table);
        assertThat(rows).as("%s: one row per step", file).hasSameSizeAs(timeline.steps());
        for (int i = 0; i < rows.size(); i++) {
            Step step = timeline.steps().get(i);
            Row row = rows.get(i);
            String where = file + " step " + (i + 1) + " \"" + step.title() + "\"";
            assertThat(step.time()).as("%s time", where).isEqualTo(row.time());
            BlastRadius radius = SampleFiles.afterStep(graph, timeline, i);
            for (ServiceId id : row.down()) {
                assertThat(radius.state(id)).as("%s: %s", where, id.value())
                        .isIn(ServiceState.KNOCKED_OUT, ServiceState.DOWN);
            }
            for (ServiceId id : row.degraded()) {
                assertThat(radius.state(id)).as("%s: %s", where, id.value()).isEqualTo(ServiceState.DEGRADED);
            }
            for (ServiceId id : row.healthy()) {
                assertThat(radius.state(id)).as("%s: %s", where, id.value()).isEqualTo(ServiceState.HEALTHY);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("timelines")
    void everyTableNamesOnlyServicesOfItsSample(String file, String scenario, String table) {
        Graph graph = SampleFiles.graph(file);
        for (Row row : Row.parse(table)) {
            Stream.of(row.down(), row.degraded(), row.healthy()).flatMap(List::stream)
                    .forEach(id -> assertThat(graph.contains(id)).as("%s: %s", file, id.value()).isTrue());
        }
    }

    /** One step's expectations: its time ({@code -} for none) and the services in each state. */
    private record Row(OffsetDateTime time, List<ServiceId> down, List<ServiceId> degraded, List<ServiceId> healthy) {

        static List<Row> parse(String table) {
            List<Row> rows = new ArrayList<>();
            for (String line : table.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                String time = cells[0].strip();
                List<ServiceId> down = new ArrayList<>();
                List<ServiceId> degraded = new ArrayList<>();
                List<ServiceId> healthy = new ArrayList<>();
                for (int c = 1; c < cells.length; c++) {
                    String[] cell = cells[c].strip().split(":", 2);
                    List<ServiceId> ids = Stream.of(cell[1].strip().split("\\s+")).map(ServiceId::of).toList();
                    switch (cell[0]) {
                        case "down" -> down.addAll(ids);
                        case "degraded" -> degraded.addAll(ids);
                        case "healthy" -> healthy.addAll(ids);
                        default -> throw new IllegalArgumentException("unknown state in table: " + cell[0]);
                    }
                }
                rows.add(new Row(time.equals("-") ? null : OffsetDateTime.parse(time), down, degraded, healthy));
            }
            return rows;
        }
    }
}
