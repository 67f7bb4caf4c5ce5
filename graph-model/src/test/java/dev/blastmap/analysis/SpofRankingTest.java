package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SpofRankingTest {

    private static List<ServiceId> ids(String... values) {
        return java.util.Arrays.stream(values).map(ServiceId::of).toList();
    }

    @Test
    void theSharedDatabaseOutranksTheRedundantReplicas() {
        Graph g = Graph.of(
                Service.builder("web").customerFacing(true).weight(10).dependsOn("api").build(),
                Service.builder("api").dependsOn("db").dependsOn(Clause.anyOf(ids("cache-a", "cache-b"))).build(),
                Service.of("db"),
                Service.of("cache-a"),
                Service.of("cache-b"));

        List<SpofEntry> ranking = SpofRanking.rank(g);

        assertThat(ranking).containsExactly(
                new SpofEntry(ServiceId.of("db"), 3, 2, 12, ids("web")),
                new SpofEntry(ServiceId.of("api"), 2, 1, 11, ids("web")),
                new SpofEntry(ServiceId.of("web"), 1, 0, 10, ids("web")),
                new SpofEntry(ServiceId.of("cache-a"), 1, 0, 1, List.of()),
                new SpofEntry(ServiceId.of("cache-b"), 1, 0, 1, List.of()));
    }

    @Test
    void equalWeightedImpactIsOrderedByCollateralThenId() {
        Graph g = Graph.of(
                Service.builder("b").weight(0).dependsOn("a").build(),
                Service.builder("a").weight(2).build(),
                Service.builder("z").weight(2).build(),
                Service.builder("y").weight(2).build());

        assertThat(SpofRanking.rank(g)).extracting(SpofEntry::id).containsExactlyElementsOf(ids("a", "y", "z", "b"));
    }

    @Test
    void fractionalWeightsAreAddedInFileOrderLikeASingleKnockout() {
        // Dependency order is root, c, b, a, which would round 0.3 + 0.2 + 0.1 to 0.6; file order gives
        // 0.1 + 0.2 + 0.3 = 0.6000000000000001, and that is what a knockout of root reports.
        Graph g = Graph.of(
                Service.builder("a").weight(0.1).dependsOn("b").build(),
                Service.builder("b").weight(0.2).dependsOn("c").build(),
                Service.builder("c").weight(0.3).dependsOn("root").build(),
                Service.builder("root").weight(0).build());

        SpofEntry root = SpofRanking.rank(g).get(0);

        assertThat(root.weighted()).isEqualTo(0.1 + 0.2 + 0.3).isNotEqualTo(0.6);
        assertThat(root.weighted()).isEqualTo(new PropagationEngine(g).knockOut(ids("root")).impact().weighted());
    }

    @Test
    void aRingGoesDownWholeWhicheverMemberIsKnockedOut() {
        Graph g = Graph.of(
                Service.builder("a").dependsOn("b").build(),
                Service.builder("b").dependsOn("c").build(),
                Service.builder("c").dependsOn("a").build(),
                Service.builder("quorum").dependsOn(Clause.atLeast(2, ids("a", "b", "c", "d"))).build(),
                Service.of("d"));

        List<SpofEntry> ranking = SpofRanking.rank(g);

        assertThat(ranking).extracting(SpofEntry::down).containsExactly(4, 4, 4, 1, 1);
    }

    @Test
    void aChainOfThirtyThousandServicesIsRankedWithoutOverflowingTheStack() {
        List<Service> chain = new ArrayList<>();
        chain.add(Service.of("s0"));
        for (int i = 1; i < 30_000; i++) {
            chain.add(Service.builder("s" + i).dependsOn("s" + (i - 1)).build());
        }

        List<SpofEntry> ranking = SpofRanking.rank(Graph.of(chain));

        assertThat(ranking.get(0)).isEqualTo(new SpofEntry(ServiceId.of("s0"), 30_000, 29_999, 30_000, List.of()));
        assertThat(ranking.get(29_999).down()).isEqualTo(1);
    }

    @Test
    void progressIsReportedPerPassOfSixtyFourServicesThatOthersDependOn() {
        // s0 .. s199 each depend on the next one; s0 has no dependents, so it needs no pass: 199 sources
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < 199; i++) {
            services.add(Service.builder("s" + i).dependsOn("s" + (i + 1)).build());
        }
        services.add(Service.of("s199"));
        AtomicInteger calls = new AtomicInteger();
        AtomicLong largestDone = new AtomicLong();
        Progress progress = new Progress() {
            @Override
            public void worked(long done, long total) {
                assertThat(total).isEqualTo(4);
                calls.incrementAndGet();
                largestDone.accumulateAndGet(done, Math::max);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        SpofRanking.rank(Graph.of(services), progress);

        assertThat(calls).hasValue(4);
        assertThat(largestDone).hasValue(4);
    }

    @Test
    void aCancelledRankingStopsWithACancellationException() {
        Progress cancelled = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> SpofRanking.rank(Graph.of(Service.of("a")), cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void anEmptyGraphHasAnEmptyRanking() {
        assertThat(SpofRanking.rank(Graph.of(List.of()))).isEmpty();
    }
}
