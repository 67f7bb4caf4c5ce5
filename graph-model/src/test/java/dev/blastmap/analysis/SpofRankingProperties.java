package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.testing.RandomGraphs;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The bit-parallel ranking against the oracle, and against one engine knockout per service. */
class SpofRankingProperties {

    @Property(tries = 1500)
    void theRankingAgreesWithTheOracleOnSmallGraphs(@ForAll("smallGraphs") Graph graph) {
        assertThat(SpofRanking.rank(graph)).containsExactlyElementsOf(BruteForceSemantics.ranking(graph));
    }

    /** Several passes of 64 sources, long cycles, sources inside and outside cycles. */
    @Property(tries = 60)
    void everyEntryEqualsAKnockoutOfThatServiceAloneOnLargerGraphs(@ForAll("largerGraphs") Graph graph) {
        PropagationEngine engine = new PropagationEngine(graph);

        List<SpofEntry> ranking = SpofRanking.rank(engine, Progress.NONE);

        assertThat(ranking).hasSize(graph.size());
        for (SpofEntry entry : ranking) {
            Impact impact = engine.knockOut(Set.of(entry.id())).impact();
            assertThat(new SpofEntry(entry.id(), impact.down(), impact.collateral(), impact.weighted(),
                    impact.customerFacingDown())).isEqualTo(entry);
        }
    }

    @Property(tries = 300)
    void theRankingIsSortedByWeightedThenCollateralThenId(@ForAll("smallGraphs") Graph graph) {
        List<SpofEntry> ranking = SpofRanking.rank(graph);

        for (int i = 0; i + 1 < ranking.size(); i++) {
            SpofEntry a = ranking.get(i);
            SpofEntry b = ranking.get(i + 1);
            assertThat(a.weighted() > b.weighted() || a.weighted() == b.weighted()
                    && (a.collateral() > b.collateral()
                    || a.collateral() == b.collateral() && a.id().compareTo(b.id()) < 0)).isTrue();
        }
        assertThat(ranking).extracting(SpofEntry::id)
                .containsExactlyInAnyOrderElementsOf(graph.services().stream().map(Service::id).toList());
    }

    @Provide
    Arbitrary<Graph> smallGraphs() {
        return RandomGraphs.graphs();
    }

    @Provide
    Arbitrary<Graph> largerGraphs() {
        return RandomGraphs.graphs(200, 2);
    }
}
