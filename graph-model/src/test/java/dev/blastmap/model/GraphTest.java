package dev.blastmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphTest {

    @Test
    void servicesAreFoundById() {
        Graph g = Graph.of(Service.builder("web").dependsOn("db").build(), Service.of("db"));
        assertThat(g.service(ServiceId.of("db"))).isPresent();
        assertThat(g.service(ServiceId.of("nope"))).isEmpty();
    }

    @Test
    void duplicateIdsAndUnknownDependenciesAreRefused() {
        assertThatThrownBy(() -> Graph.of(Service.of("a"), Service.of("a")))
                .hasMessageContaining("duplicate service id: a");
        assertThatThrownBy(() -> Graph.of(Service.builder("a").dependsOn("b").build()))
                .hasMessageContaining("unknown service b");
    }

    @Test
    void aLargeGraphFindsEveryServiceByAnEqualIdAndNoOther() {
        List<Service> services = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            services.add(Service.builder("svc-" + i).dependsOn(i == 0 ? new String[0] : new String[] {"svc-" + (i / 2)})
                    .build());
        }
        Graph g = Graph.of(services);

        for (int i = 0; i < 5000; i++) {
            assertThat(g.require(ServiceId.of("svc-" + i))).isSameAs(services.get(i));
        }
        assertThat(g.contains(ServiceId.of("svc-5000"))).isFalse();
        assertThat(g.serviceIds()).hasSize(5000).startsWith(ServiceId.of("svc-0"), ServiceId.of("svc-1"))
                .contains(ServiceId.of("svc-4999")).doesNotContain(ServiceId.of("svc-x"));
        assertThat(g.serviceIds().contains("svc-1")).as("a string is not an id").isFalse();
        assertThatThrownBy(() -> Graph.of(Service.of("x"), Service.of("y"), Service.of("x")))
                .hasMessageContaining("duplicate service id: x");
    }

    @Test
    void aServiceCannotDependOnItself() {
        assertThatThrownBy(() -> Service.builder("a").dependsOn("a").build()).hasMessageContaining("itself");
    }

    @Test
    void anEditMakesANewGraphAndLeavesTheOldOneAlone() {
        Graph before = Graph.of(Service.of("a"));
        Graph after = before.withService(Service.builder("a").label("Alpha").build());
        assertThat(before.require(ServiceId.of("a")).label()).isEqualTo("a");
        assertThat(after.require(ServiceId.of("a")).label()).isEqualTo("Alpha");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aScenarioKnowsWhatIsKnockedOutAfterEachStep() {
        ServiceId a = ServiceId.of("a");
        ServiceId b = ServiceId.of("b");
        Scenario s = new Scenario("s", "", "", List.of(
                new Step(null, "1", "", List.of(a), List.of(), List.of()),
                new Step(null, "2", "", List.of(b), List.of(), List.of()),
                new Step(null, "3", "", List.of(), List.of(a), List.of())));
        assertThat(s.knockedOutAfter(1)).containsExactly(a, b);
        assertThat(s.knockedOutAfter(2)).containsExactly(b);
    }

    @Test
    void aRestrictedGraphKeepsOnlyTheShownServicesAndTheirClausesAmongThemselves() {
        Graph g = Graph.of(
                Service.builder("web").dependsOn(Clause.atLeast(2, List.of(ServiceId.of("a"), ServiceId.of("b"),
                        ServiceId.of("c")))).dependsOn("dns").build(),
                Service.of("a"), Service.of("b"), Service.of("c"), Service.of("dns"));

        Graph part = g.restrictedTo(java.util.Set.of(ServiceId.of("web"), ServiceId.of("a")));

        assertThat(part.services()).extracting(Service::id).containsExactly(ServiceId.of("web"), ServiceId.of("a"));
        assertThat(part.require(ServiceId.of("web")).dependsOn())
                .containsExactly(Clause.atLeast(1, List.of(ServiceId.of("a"))));
        assertThat(part.scenarios()).isEmpty();
    }
}
