package dev.blastmap.analysis.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
import org.junit.jupiter.api.Test;

class WhatIfTest {

    /** shop (weight 10) and admin need db; shop also needs recs. */
    private static final Graph SHOP = Graph.of(
            Service.builder("shop").customerFacing(true).weight(10).dependsOn("db").dependsOn("recs").build(),
            Service.builder("admin").dependsOn("db").build(),
            Service.of("db"), Service.of("recs"));

    @Test
    void replicatingTheDatabaseEveryoneNeedsComesFirst() {
        List<WhatIfSuggestion> suggestions = WhatIf.of(SHOP, 10).suggestions();

        WhatIfSuggestion first = suggestions.get(0);
        assertThat(first.change()).isEqualTo(new Change.AddReplica(ServiceId.of("db")));
        // before: db takes down 12, recs 11, shop 10, admin 1; after: db alone takes down only itself
        assertThat(first.impactBefore()).isEqualTo(34);
        assertThat(first.impactAfter()).isEqualTo(1 + 11 + 10 + 1 + 0);
        assertThat(first.cutSetsBefore()).isZero();
        assertThat(first.cutSetsAfter()).isEqualTo(1);
        assertThat(suggestions).extracting(s -> s.change().describe())
                .contains("make clause 0 of shop soft (a fallback)", "make clause 1 of shop soft (a fallback)");
        assertThat(suggestions).allSatisfy(s -> assertThat(s.impactReduction()).isPositive());
    }

    @Test
    void aReplicaSharesTheOriginalsDependenciesAndEveryHardClauseAcceptsEither() {
        Graph graph = Graph.of(
                Service.builder("app").dependsOn(Clause.allOf(List.of(ServiceId.of("db"), ServiceId.of("mq"))))
                        .dependsOn(Clause.anyOf(List.of(ServiceId.of("db"), ServiceId.of("cache")))).build(),
                Service.builder("db").dependsOn("zone").build(),
                Service.of("mq"), Service.of("cache"), Service.of("zone"));

        Graph changed = new Change.AddReplica(ServiceId.of("db")).applyTo(graph);

        ServiceId replica = ServiceId.of("db-replica");
        assertThat(changed.require(replica).dependsOn()).isEqualTo(graph.require(ServiceId.of("db")).dependsOn());
        assertThat(changed.require(replica).weight()).isZero();
        assertThat(changed.require(ServiceId.of("app")).dependsOn()).containsExactly(
                Clause.allOf(List.of(ServiceId.of("mq"))),
                Clause.anyOf(List.of(ServiceId.of("db"), replica)),
                Clause.anyOf(List.of(ServiceId.of("db"), ServiceId.of("cache"), replica)));
    }

    @Test
    void aTopBelowOneIsRefused() {
        assertThatThrownBy(() -> WhatIf.of(SHOP, 0)).hasMessage("top must be at least 1, was 0");
    }

    @Property(tries = 300)
    void everyFigureAgreesWithTheOracleOnTheChangedGraph(@ForAll("smallGraphs") Graph graph) {
        List<ServiceId> targets = MinimalCutSets.customerFacing(graph);

        List<WhatIfSuggestion> suggestions = WhatIf.of(graph, 5).suggestions();

        for (WhatIfSuggestion s : suggestions) {
            Graph changed = s.change().applyTo(graph);
            assertThat(s.impactBefore()).isCloseTo(BruteForceResilience.totalImpact(graph), within(1e-9));
            assertThat(s.impactAfter()).isCloseTo(BruteForceResilience.totalImpact(changed), within(1e-9));
            assertThat(s.impactAfter()).isLessThan(s.impactBefore());
            assertThat(s.cutSetsBefore()).isEqualTo(BruteForceResilience.customerFacingPairs(graph, targets));
            assertThat(s.cutSetsAfter()).isEqualTo(BruteForceResilience.customerFacingPairs(changed, targets));
        }
        for (int i = 0; i + 1 < suggestions.size(); i++) {
            assertThat(suggestions.get(i).impactReduction())
                    .isGreaterThanOrEqualTo(suggestions.get(i + 1).impactReduction());
        }
    }

    @Provide
    Arbitrary<Graph> smallGraphs() {
        return RandomGraphs.graphs(7, 2);
    }
}
