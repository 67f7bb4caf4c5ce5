package dev.blastmap.analysis.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.availability.AvailabilitySettings.Mode;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sampled Birnbaum importance against the exact value ({@link AvailabilityOracle}: the availability recomputed
 * with the component made perfect and made always down) on the graph of {@link MonteCarloCoverageTest}, whose
 * customer-facing service has a chain, replicas, a quorum with a ring and a soft dependency upstream. The seeds
 * are fixed, so the counts are the same on every run: these tests cannot flake.
 */
class SampledImportanceTest {

    private static final int RUNS = 400;
    private static final long SAMPLES = 2048;
    private static final ServiceId WEB = ServiceId.of("web");

    @Test
    void ninetyFivePercentBirnbaumIntervalsContainTheExactValueAtLeastNinetyPercentOfTheTime() throws Exception {
        Graph graph = MonteCarloCoverageTest.graph();
        Map<ServiceId, Double> exact = exactBirnbaum(graph);
        Map<ServiceId, Integer> covered = new HashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (ComponentImportance c : webImportance(graph, 1000 + run).components()) {
                double b = exact.get(c.component());
                if (c.birnbaumLow() <= b && b <= c.birnbaumHigh()) {
                    covered.merge(c.component(), 1, Integer::sum);
                }
            }
        }
        assertThat(covered.keySet()).as("every unreliable component upstream, replicas and quorum included")
                .containsExactlyInAnyOrderElementsOf(exact.keySet());
        covered.forEach((component, count) -> assertThat(count).as("intervals of %s containing %s", component,
                exact.get(component)).isGreaterThanOrEqualTo((int) (0.90 * RUNS)));
        assertThat(covered.values().stream().mapToInt(Integer::intValue).sum()).as("over all components")
                .isGreaterThanOrEqualTo((int) (0.94 * RUNS * exact.size()));
    }

    @Test
    void theBirnbaumEstimateIsUnbiasedOverManyRuns() throws Exception {
        Graph graph = MonteCarloCoverageTest.graph();
        Map<ServiceId, Double> exact = exactBirnbaum(graph);
        Map<ServiceId, Double> mean = new HashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (ComponentImportance c : webImportance(graph, 5000 + run).components()) {
                mean.merge(c.component(), c.birnbaum() / RUNS, Double::sum);
            }
        }
        for (Service s : graph.services()) {
            if (!exact.containsKey(s.id())) {
                continue;
            }
            double b = exact.get(s.id());
            double standardError = Math.sqrt(b * (1 - b) / (SAMPLES * s.availability() * RUNS));
            assertThat(Math.abs(mean.get(s.id()) - b)).as("bias of %s (exact %s)", s.id(), b)
                    .isLessThanOrEqualTo(5 * standardError + 1e-12);
        }
    }

    @Test
    void replicasAreListedWithTheOtherReplicasUnavailabilityAsTheirBirnbaum() throws Exception {
        Graph graph = Graph.of(
                Service.builder("web").customerFacing(true).dependsOn("db")
                        .dependsOn(Clause.anyOf(List.of(ServiceId.of("cache-a"), ServiceId.of("cache-b")))).build(),
                Service.builder("db").availability(0.99).build(),
                Service.builder("cache-a").availability(0.9).build(),
                Service.builder("cache-b").availability(0.8).build());

        ServiceImportance web = AvailabilityAnalysis.compute(graph, new AvailabilitySettings(Mode.MONTE_CARLO,
                64_000, 7), Progress.NONE).importance().get(0);

        assertThat(web.method()).isEqualTo(Method.MONTE_CARLO);
        // both caches carry 2/3 of the downtime (both down, db up), db 1/3: db comes last
        assertThat(web.components()).extracting(c -> c.component().value())
                .containsExactlyInAnyOrder("db", "cache-b", "cache-a").last().isEqualTo("db");
        ComponentImportance cacheA = web.components().stream().filter(c -> c.component().value().equals("cache-a"))
                .findFirst().orElseThrow();
        assertThat(cacheA.birnbaumLow()).isLessThan(0.99 * 0.2);
        assertThat(cacheA.birnbaumHigh()).isGreaterThan(0.99 * 0.2).isLessThan(0.99 * 0.2 + 0.01);
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndTheScenariosUsedAreStated() throws Exception {
        Graph graph = MonteCarloCoverageTest.graph();

        ServiceImportance once = webImportance(graph, 42);
        ServiceImportance again = webImportance(graph, 42);

        assertThat(again).isEqualTo(once);
        assertThat(once.samples()).isEqualTo(SAMPLES);
    }

    @Test
    void aServiceWithManyComponentsUpstreamSpendsTheBudgetOnFewerScenariosThanTheAvailability()
            throws Exception {
        List<Service> services = new ArrayList<>();
        Service.Builder web = Service.builder("web").customerFacing(true).availability(0.999);
        for (int g = 0; g < 10; g++) {
            List<ServiceId> replicas = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                services.add(Service.builder("r" + g + "-" + i).availability(0.5).build());
                replicas.add(ServiceId.of("r" + g + "-" + i));
            }
            web.dependsOn(Clause.anyOf(replicas));
        }
        services.add(web.build());
        Graph graph = Graph.of(services.toArray(Service[]::new));

        ServiceImportance importance = AvailabilityAnalysis.compute(graph, new AvailabilitySettings(
                Mode.AUTOMATIC, 256_000, 1), Progress.NONE).importance().get(0);

        long passes = Math.max(SampledImportance.MIN_PASSES, SampledImportance.BUDGET / 301);
        assertThat(importance.samples()).isEqualTo(64 * passes).isLessThan(256_000);
        assertThat(importance.components()).hasSize(301);
        assertThat(importance.components().get(0).component().value()).isEqualTo("web");
    }

    private static ServiceImportance webImportance(Graph graph, long seed) throws Exception {
        AvailabilityResult r = AvailabilityAnalysis.compute(graph, new AvailabilitySettings(Mode.MONTE_CARLO,
                SAMPLES, seed), Progress.NONE);
        return r.importance().stream().filter(i -> i.service().equals(WEB)).findFirst().orElseThrow();
    }

    /** The exact Birnbaum importance for web of every unreliable component upstream of it. */
    private static Map<ServiceId, Double> exactBirnbaum(Graph graph) {
        Map<ServiceId, Double> birnbaum = new HashMap<>();
        for (Service s : graph.services()) {
            if (s.isUnreliable() && !s.id().value().equals("ads")) { // ads is soft: not upstream
                birnbaum.put(s.id(), AvailabilityOracle.unavailability(graph, s.id(), true).get(WEB)
                        - AvailabilityOracle.unavailability(graph, s.id(), false).get(WEB));
            }
        }
        return birnbaum;
    }
}
