package dev.blastmap.analysis.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MinimalCutSetsTest {

    private static List<ServiceId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(ServiceId::of).toList();
    }

    /** web needs api; api needs one of two databases; each database needs its own zone. */
    private static final Graph REPLICATED = Graph.of(
            Service.builder("web").customerFacing(true).dependsOn("api").build(),
            Service.builder("api").dependsOn(Clause.anyOf(ids("db-east", "db-west"))).build(),
            Service.builder("db-east").dependsOn("zone-east").build(),
            Service.builder("db-west").dependsOn("zone-west").build(),
            Service.of("zone-east"), Service.of("zone-west"));

    @Test
    void theDoubleFaultsOfAReplicatedDatabaseAreEveryPairAcrossTheTwoSides() {
        TargetCutSets web = MinimalCutSets.of(REPLICATED, 2, List.of()).targets().get(0);

        assertThat(web.target()).isEqualTo(ServiceId.of("web"));
        assertThat(web.cutSets()).containsExactly(ids("api"),
                ids("db-east", "db-west"), ids("db-east", "zone-west"),
                ids("db-west", "zone-east"), ids("zone-east", "zone-west"));
        assertThat(web.count(1)).isEqualTo(1);
        assertThat(web.count(2)).isEqualTo(4);
    }

    @Test
    void orderOneKeepsOnlySinglePointsOfFailureAndTheTargetIsLeftOut() {
        TargetCutSets api = MinimalCutSets.of(REPLICATED, 1, ids("api")).targets().get(0);

        assertThat(api.cutSets()).isEmpty();
    }

    @Test
    void aQuorumOfThreeHasTripleFaultsOnlyWhenTwoMembersShareNothing() {
        Graph graph = Graph.of(
                Service.builder("store").dependsOn(Clause.atLeast(1, ids("n1", "n2", "n3"))).build(),
                Service.of("n1"), Service.of("n2"), Service.of("n3"));

        MinimalCutSets cutSets = MinimalCutSets.of(graph, 3, ids("store"));

        assertThat(cutSets.targets().get(0).cutSets()).containsExactly(ids("n1", "n2", "n3"));
        assertThat(cutSets.count(3)).isEqualTo(1);
    }

    @Test
    void softDependenciesAndDelaysDoNotMatter() {
        Graph graph = Graph.of(
                Service.builder("shop").customerFacing(true)
                        .dependsOn(Clause.on(ServiceId.of("recs")).asSoft())
                        .dependsOn(Clause.on(ServiceId.of("dns")).withDelay(java.time.Duration.ofMinutes(10)))
                        .build(),
                Service.of("recs"), Service.of("dns"));

        assertThat(MinimalCutSets.of(graph, 2, List.of()).targets().get(0).cutSets()).containsExactly(ids("dns"));
    }

    @Test
    void anOrderOutsideOneToThreeOrAnUnknownTargetIsRefused() {
        assertThatThrownBy(() -> MinimalCutSets.of(REPLICATED, 4, List.of()))
                .hasMessage("the order must be from 1 to 3, was 4");
        assertThatThrownBy(() -> MinimalCutSets.of(REPLICATED, 2, ids("nope")))
                .hasMessage("no service with id 'nope'");
    }

    @Property(tries = 600)
    void everyTargetsCutSetsAgreeWithEnumeratingEverySet(@ForAll("smallGraphs") Graph graph,
                                                         @ForAll @IntRange(min = 1, max = 3) int order) {
        List<ServiceId> all = graph.services().stream().map(Service::id).toList();

        List<TargetCutSets> found = MinimalCutSets.of(graph, order, all).targets();

        assertThat(found).extracting(TargetCutSets::target).containsExactlyElementsOf(all);
        for (TargetCutSets t : found) {
            assertThat(t.cutSets()).as("cut sets of %s", t.target())
                    .containsExactlyElementsOf(BruteForceResilience.cutSets(graph, t.target(), order));
        }
    }

    @Property(tries = 10)
    void pairsAgreeWithEnumeratingEveryPairOverSeveralPasses(@ForAll("largerGraphs") Graph graph) {
        List<ServiceId> someTargets = graph.services().stream().map(Service::id).limit(4).toList();

        List<TargetCutSets> found = MinimalCutSets.of(graph, 2, someTargets).targets();

        for (TargetCutSets t : found) {
            assertThat(t.cutSets()).as("cut sets of %s", t.target())
                    .containsExactlyElementsOf(BruteForceResilience.cutSets(graph, t.target(), 2));
        }
    }

    @Provide
    Arbitrary<Graph> smallGraphs() {
        return RandomGraphs.graphs();
    }

    @Provide
    Arbitrary<Graph> largerGraphs() {
        return RandomGraphs.graphs(80, 2);
    }
}
