package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class StructuralImportanceTest {

    private static ServiceId id(String s) {
        return ServiceId.of(s);
    }

    /** a → hub → c and b → hub → d: every path between the outer services passes through hub. */
    private static Graph bowTie() {
        return Graph.of(
                Service.builder("a").dependsOn("hub").build(),
                Service.builder("b").dependsOn("hub").build(),
                Service.builder("hub").dependsOn("c", "d").build(),
                Service.of("c"), Service.of("d"));
    }

    @Test
    void theServiceOnEveryPathHasTheHighestBetweennessAndTheOthersNone() {
        List<Centrality> scores = StructuralImportance.of(bowTie());

        assertThat(scores).extracting(Centrality::id).containsExactly(id("a"), id("b"), id("hub"), id("c"), id("d"));
        // 4 of the (5-1)(5-2) = 12 ordered pairs of other services have their one shortest path through hub.
        assertThat(scores.get(2).betweenness()).isCloseTo(4.0 / 12, within(1e-9));
        assertThat(scores).filteredOn(c -> !c.id().equals(id("hub")))
                .allSatisfy(c -> assertThat(c.betweenness()).isZero());
    }

    @Test
    void pageRankFlowsToWhatIsDependedOnAndSumsToOne() {
        List<Centrality> scores = StructuralImportance.of(bowTie());

        double sum = scores.stream().mapToDouble(Centrality::pageRank).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-6));
        double a = scores.get(0).pageRank();
        double hub = scores.get(2).pageRank();
        double c = scores.get(3).pageRank();
        assertThat(hub).isGreaterThan(a);
        assertThat(c).isGreaterThan(a);
    }

    @Test
    void tinyGraphsScoreZeroRatherThanUndefined() {
        List<Centrality> scores = StructuralImportance.of(Graph.of(Service.builder("a").dependsOn("b").build(),
                Service.of("b")));

        assertThat(scores).allSatisfy(c -> assertThat(c.betweenness()).isZero());
    }

    @Test
    void aCancelledComputationStops() {
        Progress cancelled = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> StructuralImportance.of(bowTie(), cancelled))
                .isInstanceOf(CancellationException.class);
    }
}
