package dev.blastmap.testing;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of small, valid, nasty service graphs for property tests: cycles, anyOf/allOf/atLeast
 * clauses, soft clauses, delays (several equal ones, so that ties happen), weights including zero and
 * fractions, customer-facing flags, availabilities (most services perfectly reliable), and ids whose sort order differs from the file order.
 *
 * <p>Every graph it makes passes {@link Graph}'s own checks. Shrinking works: fewer services, fewer and
 * smaller clauses, no delays.
 */
public final class RandomGraphs {

    private static final List<Duration> DELAYS = List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(10));

    private RandomGraphs() {
    }

    /** Graphs of 1 to 8 services with 0 to 3 clauses each. */
    public static Arbitrary<Graph> graphs() {
        return graphs(8, 3);
    }

    /**
     * Graphs of 1 to {@code maxServices} services with 0 to {@code maxClauses} clauses each.
     *
     * @param maxServices at least 1
     * @param maxClauses  at least 0
     */
    public static Arbitrary<Graph> graphs(int maxServices, int maxClauses) {
        return Arbitraries.integers().between(1, maxServices).flatMap(n -> graphsOfSize(n, maxClauses));
    }

    /** A graph of exactly {@code n} services. */
    public static Arbitrary<Graph> graphsOfSize(int n, int maxClauses) {
        Arbitrary<List<ServiceSpec>> specs = serviceSpec(n, maxClauses).list().ofSize(n);
        Arbitrary<List<Integer>> namePermutation = Arbitraries.shuffle(range(n));
        return Combinators.combine(specs, namePermutation).as((s, names) -> build(s, names));
    }

    /** A graph and a non-empty set of its services to knock out. */
    public static Arbitrary<GraphAndKnockout> graphsWithKnockouts() {
        return graphs().flatMap(g -> knockouts(g).map(k -> new GraphAndKnockout(g, k)));
    }

    /** A non-empty subset of the graph's services, in file order. */
    public static Arbitrary<Set<ServiceId>> knockouts(Graph graph) {
        List<ServiceId> ids = graph.services().stream().map(Service::id).toList();
        return Arbitraries.of(ids).set().ofMinSize(1).ofMaxSize(Math.min(3, ids.size()))
                .map(set -> {
                    Set<ServiceId> ordered = new LinkedHashSet<>();
                    ids.stream().filter(set::contains).forEach(ordered::add);
                    return ordered;
                });
    }

    /** A graph with a knocked-out set. */
    public record GraphAndKnockout(Graph graph, Set<ServiceId> knockedOut) {
    }

    private record ClauseSpec(List<Integer> others, int needSeed, boolean soft, Duration delay) {
    }

    private record ServiceSpec(List<ClauseSpec> clauses, double weight, boolean customerFacing,
                               double availability) {
    }

    private static Arbitrary<ServiceSpec> serviceSpec(int n, int maxClauses) {
        Arbitrary<List<ClauseSpec>> clauses = n == 1
                ? Arbitraries.just(List.of())
                : clauseSpec(n).list().ofMaxSize(maxClauses);
        Arbitrary<Double> weight = Arbitraries.of(1.0, 1.0, 1.0, 0.0, 0.5, 2.0, 3.25, 100.0, 0.1);
        Arbitrary<Boolean> customerFacing = Arbitraries.of(false, false, true);
        Arbitrary<Double> availability = Arbitraries.of(1.0, 1.0, 1.0, 0.9, 0.5, 0.99, 0.2, 0.999);
        return Combinators.combine(clauses, weight, customerFacing, availability).as(ServiceSpec::new);
    }

    /** Members are drawn from 0..n-2 and later mapped around the owner, so nothing depends on itself. */
    private static Arbitrary<ClauseSpec> clauseSpec(int n) {
        Arbitrary<List<Integer>> others = Arbitraries.integers().between(0, n - 2).set()
                .ofMinSize(1).ofMaxSize(Math.min(4, n - 1)).map(ArrayList::new);
        Arbitrary<Integer> needSeed = Arbitraries.integers().between(0, 3);
        Arbitrary<Boolean> soft = Arbitraries.of(false, false, false, true);
        Arbitrary<Duration> delay = Arbitraries.of(DELAYS);
        return Combinators.combine(others, needSeed, soft, delay).as(ClauseSpec::new);
    }

    private static Graph build(List<ServiceSpec> specs, List<Integer> names) {
        int n = specs.size();
        List<ServiceId> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(ServiceId.of("s" + names.get(i)));
        }
        List<Service> services = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            ServiceSpec spec = specs.get(v);
            Service.Builder b = Service.builder(ids.get(v).value()).kind(Kind.SERVICE)
                    .weight(spec.weight()).customerFacing(spec.customerFacing())
                    .availability(spec.availability());
            for (ClauseSpec c : spec.clauses()) {
                List<ServiceId> members = new ArrayList<>();
                for (int other : c.others()) {
                    members.add(ids.get(other >= v ? other + 1 : other));
                }
                // needSeed 0 makes anyOf, 1 allOf, anything else a k-of-n in between (when there is room)
                int need = switch (c.needSeed()) {
                    case 0 -> 1;
                    case 1 -> members.size();
                    default -> 1 + (c.needSeed() % members.size());
                };
                Clause clause = new Clause(members, need, c.soft(), c.delay(), "");
                b.dependsOn(clause);
            }
            services.add(b.build());
        }
        return Graph.of(services);
    }

    private static List<Integer> range(int n) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(i);
        }
        return r;
    }
}
