package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SingleFaultExposureTest {

    private static ServiceId id(String value) {
        return ServiceId.of(value);
    }

    /** web → api → db, and api needs any one of two caches. */
    private final Graph graph = Graph.of(
            Service.builder("web").customerFacing(true).dependsOn("api").build(),
            Service.builder("api").dependsOn("db").dependsOn(Clause.anyOf(List.of(id("cache-a"), id("cache-b")))).build(),
            Service.of("db"), Service.of("cache-a"), Service.of("cache-b"));

    @Test
    void aChainMakesEveryServiceBelowATargetItsSinglePointOfFailure() {
        List<Exposure> exposures = SingleFaultExposure.of(new PropagationEngine(graph), Set.of(id("web")), Set.of(), 10);

        assertThat(exposures).containsExactly(new Exposure(id("web"), 2, List.of(id("api"), id("db"))));
    }

    @Test
    void redundantMembersAreNoSinglePointOfFailure() {
        List<Exposure> exposures = SingleFaultExposure.of(new PropagationEngine(graph),
                Set.of(id("cache-a"), id("api")), Set.of(), 10);

        assertThat(exposures).containsExactly(new Exposure(id("api"), 1, List.of(id("db"))),
                new Exposure(id("cache-a"), 0, List.of()));
    }

    @Test
    void ignoredServicesAreNotCountedAndTheListIsCutAtTheLimitWhileTheCountStaysExact() {
        List<Exposure> exposures = SingleFaultExposure.of(new PropagationEngine(graph), Set.of(id("web")),
                Set.of(id("api"), id("unknown")), 0);

        assertThat(exposures).containsExactly(new Exposure(id("web"), 1, List.of()));
        assertThat(exposures.get(0).complete()).isFalse();
        assertThat(exposures.get(0).exposed()).isTrue();
    }

    @Test
    void aTargetThatIsNotInTheGraphIsRefused() {
        assertThatThrownBy(() -> SingleFaultExposure.of(new PropagationEngine(graph), Set.of(id("nope")), Set.of(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
