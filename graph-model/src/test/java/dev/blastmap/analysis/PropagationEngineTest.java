package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropagationEngineTest {

    private static ServiceId id(String value) {
        return ServiceId.of(value);
    }

    private static List<ServiceId> ids(String... values) {
        return Arrays.stream(values).map(ServiceId::of).toList();
    }

    private static BlastRadius knockOut(Graph graph, String... ids) {
        return new PropagationEngine(graph).knockOut(ids(ids));
    }

    private static Failure failure(BlastRadius radius, String id) {
        return radius.failure(id(id)).orElseThrow();
    }

    @Test
    void aChainFallsOneWaveAtATime() {
        Graph g = Graph.of(
                Service.builder("web").dependsOn("api").build(),
                Service.builder("api").dependsOn("db").build(),
                Service.of("db"));

        BlastRadius r = knockOut(g, "db");

        assertThat(r.down()).containsExactly(
                new Failure(id("db"), Duration.ZERO, 0, null, -1),
                new Failure(id("api"), Duration.ZERO, 1, id("db"), 0),
                new Failure(id("web"), Duration.ZERO, 2, id("api"), 0));
        assertThat(r.causeChain(id("web"))).containsExactlyElementsOf(ids("web", "api", "db"));
        assertThat(r.impact()).isEqualTo(new Impact(3, 2, 3.0, List.of()));
        assertThat(r.state(id("db"))).isEqualTo(ServiceState.KNOCKED_OUT);
        assertThat(r.state(id("web"))).isEqualTo(ServiceState.DOWN);
    }

    @Test
    void knockingOutOneReplicaOfAnAnyOfLeavesTheServiceUpButDegraded() {
        Graph g = Graph.of(
                Service.builder("app").dependsOn(Clause.anyOf(ids("db-east", "db-west"))).build(),
                Service.of("db-east"),
                Service.of("db-west"));

        BlastRadius one = knockOut(g, "db-east");
        BlastRadius both = knockOut(g, "db-east", "db-west");

        assertThat(one.state(id("app"))).isEqualTo(ServiceState.DEGRADED);
        assertThat(one.impact().collateral()).isZero();
        assertThat(failure(both, "app")).isEqualTo(new Failure(id("app"), Duration.ZERO, 1, id("db-west"), 0));
    }

    @Test
    void aQuorumOfTwoOfThreeBreaksAtTheSecondLossAndThatMemberIsTheCause() {
        Graph g = Graph.of(
                Service.builder("store").dependsOn(Clause.atLeast(2, ids("n1", "n2", "n3"))).build(),
                Service.builder("n1").dependsOn("rack").build(),
                Service.of("n2"),
                Service.of("n3"),
                Service.of("rack"));

        assertThat(knockOut(g, "n3").state(id("store"))).isEqualTo(ServiceState.DEGRADED);
        // n3 fails at wave 0, n1 at wave 1 (through the rack): the second loss, n1, breaks the quorum
        assertThat(failure(knockOut(g, "n3", "rack"), "store"))
                .isEqualTo(new Failure(id("store"), Duration.ZERO, 2, id("n1"), 0));
    }

    @Test
    void aSoftDependencyOnlyDegrades() {
        Graph g = Graph.of(
                Service.builder("shop").dependsOn(Clause.on(id("recommendations")).asSoft()).build(),
                Service.of("recommendations"));

        BlastRadius r = knockOut(g, "recommendations");

        assertThat(r.state(id("shop"))).isEqualTo(ServiceState.DEGRADED);
        assertThat(r.degraded()).containsExactly(id("shop"));
        assertThat(r.impact().down()).isEqualTo(1);
    }

    @Test
    void delaysAddUpAndTheEarliestClauseWins() {
        // app needs dns (cached 10 minutes) and db; db needs dns with no cache
        Graph g = Graph.of(
                Service.builder("app")
                        .dependsOn(Clause.on(id("dns")).withDelay(Duration.ofMinutes(10)))
                        .dependsOn(Clause.on(id("db")).withDelay(Duration.ofMinutes(1)))
                        .build(),
                Service.builder("db").dependsOn("dns").build(),
                Service.of("dns"));

        BlastRadius r = knockOut(g, "dns");

        assertThat(failure(r, "db")).isEqualTo(new Failure(id("db"), Duration.ZERO, 1, id("dns"), 0));
        // through db: 0 + 1 minute at wave 2 beats 10 minutes at wave 1
        assertThat(failure(r, "app")).isEqualTo(new Failure(id("app"), Duration.ofMinutes(1), 2, id("db"), 1));
        assertThat(r.down()).extracting(Failure::id).containsExactlyElementsOf(ids("dns", "db", "app"));
    }

    @Test
    void aRingStaysUpUntilSomethingFailsThenFallsWhole() {
        Graph g = Graph.of(
                Service.builder("a").dependsOn("b").build(),
                Service.builder("b").dependsOn("c").build(),
                Service.builder("c").dependsOn("a").build(),
                Service.builder("d").dependsOn(Clause.on(id("a")).asSoft()).build());

        assertThat(knockOut(g).down()).isEmpty();
        BlastRadius r = knockOut(g, "b");
        assertThat(r.down()).extracting(Failure::id).containsExactlyElementsOf(ids("b", "a", "c"));
        assertThat(failure(r, "c")).isEqualTo(new Failure(id("c"), Duration.ZERO, 2, id("a"), 0));
        assertThat(r.degraded()).containsExactly(id("d"));
    }

    @Test
    void equalKeysAreBrokenBySmallerIdAndEqualCandidatesByTheEarlierClause() {
        // x needs all of {q, p}: both fail at (0, 1); p < q, so p is the first loss and breaks the clause.
        // y has two clauses whose candidates are equal: the first one in the file gives the cause.
        Graph g = Graph.of(
                Service.builder("x").dependsOn(Clause.allOf(ids("q", "p"))).build(),
                Service.builder("y").dependsOn("q").dependsOn("p").build(),
                Service.builder("p").dependsOn("root").build(),
                Service.builder("q").dependsOn("root").build(),
                Service.of("root"));

        BlastRadius r = knockOut(g, "root");

        assertThat(failure(r, "x")).isEqualTo(new Failure(id("x"), Duration.ZERO, 2, id("p"), 0));
        assertThat(failure(r, "y")).isEqualTo(new Failure(id("y"), Duration.ZERO, 2, id("q"), 0));
        assertThat(r.down()).extracting(Failure::id).containsExactlyElementsOf(ids("root", "p", "q", "x", "y"));
    }

    @Test
    void degradedServicesAreUpOnesWithADownMemberInAnyClause() {
        Graph g = Graph.of(
                Service.builder("a").dependsOn(Clause.anyOf(ids("b", "c"))).build(),
                Service.builder("z").dependsOn(Clause.atLeast(1, ids("c", "b"))).build(),
                Service.builder("healthy").dependsOn("c").build(),
                Service.of("b"),
                Service.of("c"));

        BlastRadius r = knockOut(g, "b");

        assertThat(r.degraded()).containsExactlyElementsOf(ids("a", "z"));
        assertThat(r.state(id("healthy"))).isEqualTo(ServiceState.HEALTHY);
    }

    @Test
    void impactCountsWeightsAndCustomerFacingServicesSortedById() {
        Graph g = Graph.of(
                Service.builder("zeta").customerFacing(true).weight(2.5).dependsOn("core").build(),
                Service.builder("alpha").customerFacing(true).weight(0).dependsOn("core").build(),
                Service.builder("core").weight(10).build());

        Impact impact = knockOut(g, "core").impact();

        assertThat(impact).isEqualTo(new Impact(3, 2, 12.5, ids("alpha", "zeta")));
    }

    @Test
    void repeatedIdsAreKnockedOutOnce() {
        Graph g = Graph.of(Service.of("a"), Service.builder("b").dependsOn("a").build());

        BlastRadius r = knockOut(g, "a", "a");

        assertThat(r.knockedOut()).containsExactly(id("a"));
        assertThat(r.impact().collateral()).isEqualTo(1);
    }

    @Test
    void unknownIdsAreRefused() {
        PropagationEngine engine = new PropagationEngine(Graph.of(Service.of("a")));

        assertThatThrownBy(() -> engine.knockOut(ids("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }
}
