package dev.blastmap.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.policy.ServiceSelector.Domain;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceSelectorTest {

    private final Graph graph = Graph.of(
            Service.builder("web").customerFacing(true).zone("b").tags("edge", "tier-1").build(),
            Service.builder("db").zone("a").tags("tier-1").build(),
            Service.builder("api").zone("a").build(),
            Service.builder("zone:odd").build());

    private static ServiceId id(String value) {
        return ServiceId.of(value);
    }

    @Test
    void customerFacingIsOneDomainOfEveryCustomerFacingService() {
        ServiceSelector selector = ServiceSelector.parse("customer-facing");

        assertThat(selector.isCustomerFacing()).isTrue();
        assertThat(selector.domains(graph)).containsExactly(new Domain("customer-facing", Set.of(id("web"))));
        assertThat(selector).hasToString("customer-facing");
    }

    @Test
    void aWildcardIsEachValueOfTheFieldInTurnSortedAndATagCanHoldManyServices() {
        assertThat(ServiceSelector.parse("zone:*").domains(graph)).extracting(Domain::name)
                .containsExactly("zone:a", "zone:b");
        assertThat(ServiceSelector.parse("zone:*").domains(graph).get(0).services()).containsExactly(id("db"), id("api"));
        assertThat(ServiceSelector.parse("tag:*").domains(graph)).extracting(Domain::name)
                .containsExactly("tag:edge", "tag:tier-1");
        assertThat(ServiceSelector.parse("tag:tier-1").services(graph)).containsExactly(id("web"), id("db"));
    }

    @Test
    void aWordWithoutAKnownFieldIsAServiceIdEvenWithAColon() {
        assertThat(ServiceSelector.parse("zone:odd").domains(graph)).isEmpty();
        assertThat(ServiceSelector.parse("api").domains(graph)).containsExactly(new Domain("api", Set.of(id("api"))));
        assertThat(ServiceSelector.parse("api").description()).isEqualTo("service api");
        assertThat(ServiceSelector.parse("nothing").domains(graph)).isEmpty();
    }

    @Test
    void aBareWildcardOrABlankIsRefused() {
        assertThatThrownBy(() -> ServiceSelector.parse("*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceSelector.parse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ServiceSelector.parse("region:*").description()).isEqualTo("any one region");
    }
}
