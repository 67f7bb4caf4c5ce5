package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.analysis.Reachability.Direction;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import dev.blastmap.testing.RandomGraphs.GraphAndKnockout;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    private static ServiceId id(String s) {
        return ServiceId.of(s);
    }

    /** web → api → anyOf(db1, db2); api → cache (soft); report → api. */
    private static Graph shop() {
        return Graph.of(
                Service.builder("web").dependsOn("api").build(),
                Service.builder("report").dependsOn("api").build(),
                Service.builder("api").dependsOn(Clause.anyOf(List.of(id("db1"), id("db2"))))
                        .dependsOn(Clause.on(id("cache")).asSoft()).build(),
                Service.of("db1"), Service.of("db2"), Service.of("cache"));
    }

    @Test
    void aRedundantReplicaCouldAffectEverythingAboveItButTakesNothingDown() {
        Graph graph = shop();

        assertThat(Reachability.couldBeAffected(graph, List.of(id("db1"))))
                .containsExactlyInAnyOrder(id("db1"), id("api"), id("web"), id("report"));
        BlastRadius exact = new PropagationEngine(graph).knockOut(List.of(id("db1")));
        assertThat(exact.down()).extracting(Failure::id).containsExactly(id("db1"));
    }

    @Test
    void aSoftDependencyCountsAsCouldBeAffected() {
        assertThat(Reachability.couldBeAffected(shop(), List.of(id("cache"))))
                .containsExactlyInAnyOrder(id("cache"), id("api"), id("web"), id("report"));
    }

    @Test
    void nothingFailedAffectsNothingAndAnUnknownServiceIsRefused() {
        assertThat(Reachability.couldBeAffected(shop(), List.of())).isEmpty();
        assertThatThrownBy(() -> Reachability.couldBeAffected(shop(), List.of(id("nope"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNeighbourhoodStopsAtTheHopLimitAndFollowsTheAskedDirection() {
        Graph graph = shop();

        assertThat(Reachability.neighbourhood(graph, id("api"), 1, Direction.DEPENDENCIES))
                .containsExactlyInAnyOrderEntriesOf(Map.of(id("api"), 0, id("db1"), 1, id("db2"), 1, id("cache"), 1));
        assertThat(Reachability.neighbourhood(graph, id("db1"), 1, Direction.DEPENDENTS))
                .containsExactlyInAnyOrderEntriesOf(Map.of(id("db1"), 0, id("api"), 1));
        assertThat(Reachability.neighbourhood(graph, id("db1"), 2, Direction.DEPENDENTS))
                .containsExactlyInAnyOrderEntriesOf(Map.of(id("db1"), 0, id("api"), 1, id("web"), 2, id("report"), 2));
        assertThat(Reachability.neighbourhood(graph, id("web"), 2, Direction.BOTH))
                .containsExactlyInAnyOrderEntriesOf(Map.of(id("web"), 0, id("api"), 1, id("report"), 2,
                        id("db1"), 2, id("db2"), 2, id("cache"), 2));
        assertThat(Reachability.neighbourhood(graph, id("web"), 0, Direction.BOTH)).containsOnlyKeys(id("web"));
        assertThatThrownBy(() -> Reachability.neighbourhood(graph, id("web"), -1, Direction.BOTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 1000)
    void everyServiceTheEngineTakesDownOrDegradesCouldBeAffected(@ForAll("knockouts") GraphAndKnockout example) {
        BlastRadius exact = new PropagationEngine(example.graph()).knockOut(example.knockedOut());
        Set<ServiceId> bound = Reachability.couldBeAffected(example.graph(), example.knockedOut());

        assertThat(bound).containsAll(example.knockedOut());
        assertThat(bound).containsAll(exact.degraded());
        exact.down().forEach(f -> assertThat(bound).contains(f.id()));
    }

    @Provide
    Arbitrary<GraphAndKnockout> knockouts() {
        return RandomGraphs.graphsWithKnockouts();
    }
}
