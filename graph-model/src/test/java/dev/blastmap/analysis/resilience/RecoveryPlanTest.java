package dev.blastmap.analysis.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RecoveryPlanTest {

    private static List<ServiceId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(ServiceId::of).toList();
    }

    /** A zone: shop (weight 10) needs api and db; blog (weight 1) needs cms; api needs db. */
    private static final Graph ZONE = Graph.of(
            Service.builder("shop").customerFacing(true).weight(10).dependsOn("api").build(),
            Service.builder("blog").customerFacing(true).weight(1).dependsOn("cms").build(),
            Service.builder("api").dependsOn("db").build(),
            Service.of("db"), Service.of("cms"));

    @Test
    void theHeavierCustomerFacingServiceComesBackFirstAndDependenciesBeforeTheirDependents() {
        RecoveryPlan plan = RecoveryPlan.of(ZONE, ids("api", "db", "cms"));

        assertThat(plan.optimal()).isTrue();
        assertThat(plan.steps()).extracting(RecoveryStep::restore).containsExactlyElementsOf(ids("db", "api", "cms"));
        assertThat(plan.steps().get(0).upAgain()).containsExactlyElementsOf(ids("db"));
        assertThat(plan.steps().get(1).upAgain()).containsExactlyElementsOf(ids("api", "shop"));
        assertThat(plan.steps().get(1).customerFacingWeightUp()).isEqualTo(10);
        assertThat(plan.steps().get(2).customerFacingWeightDown()).isZero();
        assertThat(plan.customerFacingWeightDown()).isEqualTo(11);
        assertThat(plan.customerFacingOutage()).isEqualTo(11 + 1);
    }

    @Test
    void aServiceRestoredBeforeWhatItNeedsComesBackWithThatLaterStep() {
        RecoveryPlan plan = RecoveryPlan.plan(new PropagationEngine(ZONE), ids("api", "db"), Progress.NONE, 0);

        RecoveryStep db = plan.steps().get(0);
        assertThat(plan.optimal()).isFalse();
        assertThat(db.restore()).isEqualTo(ServiceId.of("db"));
        assertThat(db.restoredServiceIsUp()).isTrue();
        assertThat(plan.steps().get(1).upAgain()).containsExactlyElementsOf(ids("api", "shop"));
    }

    @Property(tries = 400)
    void theOptimalPlanHasTheSmallestOutageOfEveryOrderAndItsStepsFollowTheSemantics(
            @ForAll("knockouts") Knocked k) {
        RecoveryPlan plan = RecoveryPlan.of(k.graph(), k.knockedOut());
        List<ServiceId> order = plan.steps().stream().map(RecoveryStep::restore).toList();

        double best = BruteForceResilience.permutations(k.knockedOut()).stream()
                .mapToDouble(o -> BruteForceResilience.customerFacingOutage(k.graph(), o)).min().orElseThrow();

        assertThat(plan.optimal()).isTrue();
        assertThat(order).containsExactlyInAnyOrderElementsOf(k.knockedOut());
        assertThat(plan.customerFacingOutage()).isCloseTo(best, within(1e-9));
        assertThat(plan.steps()).extracting(RecoveryStep::upAgain)
                .containsExactlyElementsOf(BruteForceResilience.upAgain(k.graph(), order));
    }

    @Property(tries = 300)
    void theGreedyPlanRestoresEveryServiceOnceAndItsStepsFollowTheSemantics(@ForAll("knockouts") Knocked k) {
        RecoveryPlan plan = RecoveryPlan.plan(new PropagationEngine(k.graph()), k.knockedOut(), Progress.NONE, 0);
        List<ServiceId> order = plan.steps().stream().map(RecoveryStep::restore).toList();

        assertThat(order).containsExactlyInAnyOrderElementsOf(k.knockedOut());
        assertThat(plan.steps()).extracting(RecoveryStep::upAgain)
                .containsExactlyElementsOf(BruteForceResilience.upAgain(k.graph(), order));
        assertThat(plan.customerFacingOutage())
                .isCloseTo(BruteForceResilience.customerFacingOutage(k.graph(), order), within(1e-9));
    }

    @Property(tries = 10)
    void stepsBeyondOnePassOfScenariosFollowTheSemantics(@ForAll("largeKnockouts") Knocked k) {
        RecoveryPlan plan = RecoveryPlan.of(k.graph(), k.knockedOut());
        List<ServiceId> order = plan.steps().stream().map(RecoveryStep::restore).toList();

        assertThat(plan.optimal()).isFalse();
        assertThat(plan.steps()).extracting(RecoveryStep::upAgain)
                .containsExactlyElementsOf(BruteForceResilience.upAgain(k.graph(), order));
    }

    record Knocked(Graph graph, List<ServiceId> knockedOut) {
    }

    @Provide
    Arbitrary<Knocked> knockouts() {
        return RandomGraphs.graphs().flatMap(g -> {
            List<ServiceId> all = g.services().stream().map(Service::id).toList();
            return net.jqwik.api.Arbitraries.of(all).set().ofMinSize(1).ofMaxSize(Math.min(5, all.size()))
                    .map(set -> new Knocked(g, new ArrayList<>(set)));
        });
    }

    @Provide
    Arbitrary<Knocked> largeKnockouts() {
        return RandomGraphs.graphsOfSize(90, 2).map(g -> new Knocked(g,
                g.services().stream().map(Service::id).limit(70).toList()));
    }
}
