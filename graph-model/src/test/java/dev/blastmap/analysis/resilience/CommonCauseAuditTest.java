package dev.blastmap.analysis.resilience;

import static org.assertj.core.api.Assertions.assertThat;

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

class CommonCauseAuditTest {

    private static List<ServiceId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(ServiceId::of).toList();
    }

    @Test
    void threeEnactorsThatNeedOneZonesComputeShareThatZoneAsACommonCause() {
        Graph graph = Graph.of(
                Service.builder("dns-planner").dependsOn(Clause.anyOf(ids("enactor-1", "enactor-2", "enactor-3")))
                        .build(),
                Service.builder("enactor-1").dependsOn("compute-a").build(),
                Service.builder("enactor-2").dependsOn("compute-a").build(),
                Service.builder("enactor-3").dependsOn("compute-a").build(),
                Service.builder("compute-a").dependsOn("power").build(),
                Service.of("power"));

        List<CommonCauseFinding> findings = CommonCauseAudit.of(graph).findings();

        assertThat(findings).containsExactly(new CommonCauseFinding(ServiceId.of("dns-planner"), 0,
                ids("enactor-1", "enactor-2", "enactor-3"), 1, ids("compute-a", "power")));
    }

    @Test
    void replicasWithIndependentDependenciesAreNotFound() {
        Graph graph = Graph.of(
                Service.builder("app").dependsOn("auth").dependsOn(Clause.anyOf(ids("db-east", "db-west"))).build(),
                Service.builder("db-east").dependsOn("zone-east").build(),
                Service.builder("db-west").dependsOn("zone-west").build(),
                Service.of("zone-east"), Service.of("zone-west"), Service.of("auth"));

        assertThat(CommonCauseAudit.of(graph).findings()).isEmpty();
    }

    @Test
    void aQuorumBreaksWhenOneFailureTakesDownTwoOfThree() {
        Graph graph = Graph.of(
                Service.builder("store").dependsOn(Clause.atLeast(2, ids("n1", "n2", "n3"))).build(),
                Service.builder("n1").dependsOn("rack-1").build(),
                Service.builder("n2").dependsOn("rack-1").build(),
                Service.builder("n3").dependsOn("rack-2").build(),
                Service.of("rack-1"), Service.of("rack-2"));

        assertThat(CommonCauseAudit.of(graph).findings()).singleElement()
                .satisfies(f -> assertThat(f.commonCauses()).containsExactly(ServiceId.of("rack-1")));
    }

    @Test
    void softAndSingleClausesAreNotAudited() {
        Graph graph = Graph.of(
                Service.builder("shop").dependsOn(Clause.anyOf(ids("r1", "r2")).asSoft()).dependsOn("r1").build(),
                Service.builder("r1").dependsOn("shared").build(),
                Service.builder("r2").dependsOn("shared").build(),
                Service.of("shared"));

        assertThat(CommonCauseAudit.of(graph).findings()).isEmpty();
    }

    @Test
    void theOwnerAndTheMembersAreNeverTheirOwnClausesCommonCause() {
        // b depends on a, so losing member a takes down both members; the ring makes the owner reach them too
        Graph graph = Graph.of(
                Service.builder("owner").dependsOn(Clause.anyOf(ids("a", "b"))).build(),
                Service.builder("a").dependsOn(Clause.on(ServiceId.of("owner")).asSoft()).build(),
                Service.builder("b").dependsOn("a").build());

        assertThat(CommonCauseAudit.of(graph).findings()).isEmpty();
    }

    @Property(tries = 1000)
    void theAuditAgreesWithTheOracle(@ForAll("smallGraphs") Graph graph) {
        assertThat(CommonCauseAudit.of(graph).findings())
                .containsExactlyElementsOf(BruteForceResilience.commonCauses(graph));
    }

    @Property(tries = 40)
    void theAuditAgreesWithTheOracleOverSeveralPasses(@ForAll("largerGraphs") Graph graph) {
        assertThat(CommonCauseAudit.of(graph).findings())
                .containsExactlyElementsOf(BruteForceResilience.commonCauses(graph));
    }

    @Provide
    Arbitrary<Graph> smallGraphs() {
        return RandomGraphs.graphs();
    }

    @Provide
    Arbitrary<Graph> largerGraphs() {
        return RandomGraphs.graphs(90, 2);
    }
}
