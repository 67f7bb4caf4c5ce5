package dev.blastmap.benchmarks;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, realistic-looking service graphs for benchmarks: layered microservices over shared infrastructure.
 *
 * <ul>
 *   <li>Infrastructure (about 1%): a global DNS and identity service, per-region control planes, per-zone
 *       networks and compute pools. Compute needs its zone's network and its region's control plane.</li>
 *   <li>Data (about 15%): databases and storage in replica sets of three, one per zone, each replica on its
 *       zone's compute; caches and queues.</li>
 *   <li>Services (about 60%) in six tiers: each needs DNS (cached, {@code PT10M} delay), some need identity,
 *       replica sets ({@code anyOf} or {@code atLeast 2 of 3}), and services in lower tiers (some soft, some
 *       with a delay, some {@code anyOf} two), and now and then a service in its own or a higher tier, which
 *       makes cycles.</li>
 *   <li>Edge (about 24%): customer-facing apps and gateways with weights from 1 to 100, behind two of the
 *       per-zone load balancers ({@code anyOf}), calling services.</li>
 * </ul>
 *
 * Clauses are added until the graph has the requested number of dependencies, counted as clause members.
 */
public final class SyntheticGraphs {

    private static final int ZONES_PER_REGION = 3;
    private static final int TIERS = 6;
    private static final Duration DNS_CACHE = Duration.ofMinutes(10);

    private final Random random;
    private final List<Service.Builder> builders = new ArrayList<>();
    private final List<ServiceId> ids = new ArrayList<>();
    private int members;

    private SyntheticGraphs(long seed) {
        this.random = new Random(seed);
    }

    /** The id of the global DNS service, whose loss takes nearly everything down after its cache expires. */
    public static final ServiceId DNS = ServiceId.of("dns");
    /** The id of one database replica set's first replica: a loss the replica set absorbs. */
    public static final ServiceId FIRST_DATABASE_REPLICA = ServiceId.of("db-0-r0");
    /** The id of the first compute pool: a zone-wide loss. */
    public static final ServiceId FIRST_COMPUTE_POOL = ServiceId.of("compute-r0-z0");

    /**
     * A graph of exactly {@code services} services and about {@code dependencies} clause members.
     *
     * @param services     at least 200
     * @param dependencies at least 3 times {@code services}
     * @param seed         the same seed gives the same graph
     */
    public static Graph generate(int services, int dependencies, long seed) {
        if (services < 200 || dependencies < 3L * services) {
            throw new IllegalArgumentException("need at least 200 services and 3 dependencies per service");
        }
        return new SyntheticGraphs(seed).build(services, dependencies);
    }

    private Graph build(int services, int dependencies) {
        int regions = Math.max(1, services / 5000);
        List<String> zones = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            for (int z = 0; z < ZONES_PER_REGION; z++) {
                zones.add("r" + r + "-z" + z);
            }
        }
        // infrastructure
        add(Service.builder("dns").kind(Kind.DNS).weight(0));
        add(Service.builder("identity").kind(Kind.IDENTITY).weight(0).dependsOn("dns"));
        members++;
        for (int r = 0; r < regions; r++) {
            add(Service.builder("control-plane-r" + r).kind(Kind.CONTROL_PLANE).region("r" + r).weight(0));
        }
        List<String> computePools = new ArrayList<>();
        for (String zone : zones) {
            String region = zone.substring(0, zone.indexOf('-'));
            add(Service.builder("network-" + zone).kind(Kind.NETWORK).region(region).zone(zone).weight(0));
            String compute = "compute-" + zone;
            add(Service.builder(compute).kind(Kind.COMPUTE).region(region).zone(zone).weight(0)
                    .dependsOn("network-" + zone)
                    .dependsOn(on("control-plane-" + region).withDelay(Duration.ofMinutes(30))));
            members += 2;
            computePools.add(compute);
        }
        // data: replica sets of three, one replica per zone of a region
        int edgeCount = services * 24 / 100;
        int dataSets = services * 15 / 100 / ZONES_PER_REGION;
        List<List<ServiceId>> replicaSets = new ArrayList<>();
        for (int d = 0; d < dataSets; d++) {
            int region = random.nextInt(regions);
            Kind kind = d % 4 == 0 ? Kind.STORAGE : d % 4 == 1 ? Kind.QUEUE : Kind.DATABASE;
            List<ServiceId> set = new ArrayList<>();
            for (int z = 0; z < ZONES_PER_REGION; z++) {
                String zone = "r" + region + "-z" + z;
                String id = "db-" + d + "-r" + z;
                add(Service.builder(id).kind(kind).region("r" + region).zone(zone).group("data-" + d)
                        .dependsOn("compute-" + zone));
                members++;
                set.add(ServiceId.of(id));
            }
            replicaSets.add(set);
        }
        // load balancers, one per zone
        List<ServiceId> loadBalancers = new ArrayList<>();
        for (String zone : zones) {
            String id = "lb-" + zone;
            add(Service.builder(id).kind(Kind.LOAD_BALANCER).zone(zone).weight(0)
                    .dependsOn("compute-" + zone).dependsOn("network-" + zone));
            members += 2;
            loadBalancers.add(ServiceId.of(id));
        }
        int serviceCount = services - builders.size() - edgeCount;
        List<List<ServiceId>> tiers = new ArrayList<>();
        for (int t = 0; t < TIERS; t++) {
            tiers.add(new ArrayList<>());
        }
        int firstService = builders.size();
        for (int i = 0; i < serviceCount; i++) {
            int tier = i * TIERS / serviceCount;
            String id = "svc-" + i;
            add(Service.builder(id).kind(Kind.SERVICE).group("team-" + (i / 40)).region("r" + random.nextInt(regions)));
            tiers.get(tier).add(ServiceId.of(id));
        }
        int firstEdge = builders.size();
        for (int i = 0; i < edgeCount; i++) {
            boolean app = i % 3 != 0;
            add(Service.builder((app ? "app-" : "gateway-") + i).kind(app ? Kind.APP : Kind.SERVICE)
                    .customerFacing(true).weight(1 + random.nextInt(100)).tags(app ? "web" : "api"));
        }

        // every service's fixed needs first, then calls until the dependency budget is spent
        for (int i = firstService; i < firstEdge; i++) {
            Service.Builder b = builders.get(i);
            b.dependsOn(on("dns").withDelay(DNS_CACHE).withNote("clients cache DNS for 10 minutes"));
            members++;
            if (random.nextDouble() < 0.3) {
                b.dependsOn(on("identity"));
                members++;
            }
            if (random.nextDouble() < 0.4) {
                b.dependsOn(replicaClause(replicaSets.get(random.nextInt(replicaSets.size()))));
            }
        }
        for (int i = firstEdge; i < builders.size(); i++) {
            Service.Builder b = builders.get(i);
            b.dependsOn(on("dns").withDelay(DNS_CACHE));
            b.dependsOn(Clause.anyOf(sample(loadBalancers, 2)));
            members += 3;
        }
        int callers = builders.size() - firstService;
        while (members < dependencies) {
            int i = firstService + random.nextInt(callers);
            int tier = i < firstEdge ? tierOf(tiers, i - firstService, serviceCount) : -1;
            Service.Builder b = builders.get(i);
            double roll = random.nextDouble();
            if (tier >= 0 && roll < 0.12) {
                b.dependsOn(replicaClause(replicaSets.get(random.nextInt(replicaSets.size()))));
            } else if (tier >= 0 && roll < 0.14) {
                // a call back up the tiers: the cycles real systems grow
                ServiceId target = pick(tiers.get(random.nextInt(tier + 1)));
                if (!target.equals(ids.get(i))) {
                    b.dependsOn(Clause.on(target));
                    members++;
                }
            } else if (tier < TIERS - 1) {
                List<ServiceId> lower = tiers.get(tier + 1 + random.nextInt(TIERS - tier - 1));
                Clause call = Clause.on(pick(lower));
                double kind = random.nextDouble();
                if (kind < 0.20) {
                    call = call.asSoft();
                } else if (kind < 0.25) {
                    call = call.withDelay(Duration.ofMinutes(1 + random.nextInt(15)));
                } else if (kind < 0.30) {
                    call = Clause.anyOf(distinct(lower, 2));
                    members++;
                }
                b.dependsOn(call);
                members++;
            } else {
                b.dependsOn(replicaClause(replicaSets.get(random.nextInt(replicaSets.size()))));
            }
        }
        List<Service> built = new ArrayList<>(builders.size());
        for (Service.Builder b : builders) {
            built.add(b.build());
        }
        return new Graph("synthetic " + services + "/" + members, "Generated by SyntheticGraphs", List.of(),
                built, List.of());
    }

    private Clause replicaClause(List<ServiceId> set) {
        members += set.size();
        return random.nextBoolean() ? Clause.anyOf(set) : Clause.atLeast(2, set);
    }

    private static int tierOf(List<List<ServiceId>> tiers, int index, int serviceCount) {
        return index * TIERS / serviceCount;
    }

    private void add(Service.Builder builder) {
        builders.add(builder);
        ids.add(builder.build().id());
    }

    private static Clause on(String id) {
        return Clause.on(ServiceId.of(id));
    }

    private ServiceId pick(List<ServiceId> from) {
        return from.get(random.nextInt(from.size()));
    }

    private List<ServiceId> sample(List<ServiceId> from, int count) {
        return distinct(from, Math.min(count, from.size()));
    }

    private List<ServiceId> distinct(List<ServiceId> from, int count) {
        Set<ServiceId> chosen = new LinkedHashSet<>();
        int want = Math.min(count, from.size());
        while (chosen.size() < want) {
            chosen.add(pick(from));
        }
        return new ArrayList<>(chosen);
    }
}
