package dev.blastmap.analysis.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.availability.AvailabilitySettings.Mode;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Monte Carlo intervals contain the exact value at (at least about) the stated 95%. The seeds are fixed, so
 * the outcome is the same on every run: it cannot flake. With 400 intervals per service and true coverage of
 * 95%, a count below 90% would happen by chance with probability under 10^-4 for a fresh set of seeds; the
 * continuity-corrected Wilson interval covers more than 95%, so the margin is wider still.
 */
class MonteCarloCoverageTest {

    private static final int RUNS = 400;
    private static final long SAMPLES = 2048;

    /** A graph with a chain, redundancy, a quorum, a ring and a soft dependency. */
    static Graph graph() {
        List<ServiceId> nodes = List.of(ServiceId.of("n1"), ServiceId.of("n2"), ServiceId.of("n3"));
        return Graph.of(
                Service.builder("web").customerFacing(true).availability(0.995).dependsOn("api")
                        .dependsOn(Clause.on(ServiceId.of("ads")).asSoft()).build(),
                Service.builder("api").availability(0.99).dependsOn(Clause.anyOf(List.of(ServiceId.of("db-a"),
                        ServiceId.of("db-b")))).dependsOn("store").build(),
                Service.builder("db-a").availability(0.9).build(),
                Service.builder("db-b").availability(0.8).build(),
                Service.builder("store").dependsOn(Clause.atLeast(2, nodes)).build(),
                Service.builder("n1").availability(0.95).dependsOn("n2").build(),
                Service.builder("n2").availability(0.97).dependsOn("n1").build(),
                Service.builder("n3").availability(0.9).build(),
                Service.builder("ads").availability(0.5).build());
    }

    @Test
    void ninetyFivePercentIntervalsContainTheExactValueAtLeastNinetyPercentOfTheTime() throws Exception {
        Graph graph = graph();
        Map<ServiceId, Double> exact = AvailabilityOracle.unavailability(graph);
        int[] covered = new int[graph.services().size()];
        for (int run = 0; run < RUNS; run++) {
            AvailabilityResult r = AvailabilityAnalysis.compute(graph, new AvailabilitySettings(Mode.MONTE_CARLO,
                    SAMPLES, 1000 + run), Progress.NONE);
            for (int i = 0; i < covered.length; i++) {
                ServiceAvailability s = r.services().get(i);
                assertThat(s.method()).isEqualTo(Method.MONTE_CARLO);
                double a = 1 - exact.get(s.id());
                if (s.ciLow() <= a && a <= s.ciHigh()) {
                    covered[i]++;
                }
            }
        }
        for (int i = 0; i < covered.length; i++) {
            assertThat(covered[i]).as("intervals of %s containing the exact value", graph.services().get(i).id())
                    .isGreaterThanOrEqualTo((int) (0.90 * RUNS));
        }
        int all = java.util.Arrays.stream(covered).sum();
        assertThat(all).as("intervals containing the exact value over all services")
                .isGreaterThanOrEqualTo((int) (0.94 * RUNS * covered.length));
    }

    @Test
    void theEstimateIsUnbiasedOverManyRuns() throws Exception {
        Graph graph = graph();
        Map<ServiceId, Double> exact = AvailabilityOracle.unavailability(graph);
        double[] mean = new double[graph.services().size()];
        for (int run = 0; run < RUNS; run++) {
            AvailabilityResult r = AvailabilityAnalysis.compute(graph, new AvailabilitySettings(Mode.MONTE_CARLO,
                    SAMPLES, 5000 + run), Progress.NONE);
            for (int i = 0; i < mean.length; i++) {
                mean[i] += r.services().get(i).unavailability() / RUNS;
            }
        }
        for (int i = 0; i < mean.length; i++) {
            double q = exact.get(graph.services().get(i).id());
            double standardError = Math.sqrt(q * (1 - q) / (SAMPLES * RUNS));
            assertThat(Math.abs(mean[i] - q)).as("bias of %s", graph.services().get(i).id())
                    .isLessThanOrEqualTo(5 * standardError);
        }
    }
}
