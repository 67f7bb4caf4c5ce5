package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectorTest {

    private static final Graph GRAPH = Graph.of(
            Service.builder("web-east").region("us-east-1").zone("use1-az1").group("shop").tags("tier-1").build(),
            Service.builder("db-east").kind(Kind.DATABASE).region("us-east-1").zone("use1-az2").group("data").build(),
            Service.builder("web-west").region("us-west-2").zone("usw2-az1").group("shop").tags("tier-1", "edge").build(),
            Service.builder("dns").kind(Kind.DNS).build(),
            Service.builder("region:odd").build());

    private static List<ServiceId> ids(String... values) {
        return Arrays.stream(values).map(ServiceId::of).toList();
    }

    @Test
    void eachFieldPrefixIsParsed() {
        assertThat(Selector.parse("region:us-east-1")).isEqualTo(new Selector(Selector.Field.REGION, "us-east-1"));
        assertThat(Selector.parse("zone:use1-az1")).isEqualTo(new Selector(Selector.Field.ZONE, "use1-az1"));
        assertThat(Selector.parse("kind:dns")).isEqualTo(new Selector(Selector.Field.KIND, "dns"));
        assertThat(Selector.parse("tag:tier-1")).isEqualTo(new Selector(Selector.Field.TAG, "tier-1"));
        assertThat(Selector.parse("group:shop")).isEqualTo(new Selector(Selector.Field.GROUP, "shop"));
        assertThat(Selector.parse("web-east")).isEqualTo(new Selector(Selector.Field.ID, "web-east"));
    }

    @Test
    void anUnknownPrefixIsPartOfAnId() {
        assertThat(Selector.parse("urn:svc:1")).isEqualTo(new Selector(Selector.Field.ID, "urn:svc:1"));
        assertThat(Selector.parse(":x")).isEqualTo(new Selector(Selector.Field.ID, ":x"));
    }

    @Test
    void aSelectorPrintsAsItIsWritten() {
        assertThat(Selector.parse("region:us-east-1")).hasToString("region:us-east-1");
        assertThat(Selector.parse("dns")).hasToString("dns");
    }

    @Test
    void aFailureDomainResolvesToItsServicesInFileOrder() {
        assertThat(Selector.parse("region:us-east-1").resolve(GRAPH)).containsExactlyElementsOf(ids("web-east", "db-east"));
        assertThat(Selector.parse("zone:usw2-az1").resolve(GRAPH)).containsExactlyElementsOf(ids("web-west"));
        assertThat(Selector.parse("kind:dns").resolve(GRAPH)).containsExactlyElementsOf(ids("dns"));
        assertThat(Selector.parse("kind:service").resolve(GRAPH)).containsExactlyElementsOf(ids("web-east", "web-west", "region:odd"));
        assertThat(Selector.parse("tag:tier-1").resolve(GRAPH)).containsExactlyElementsOf(ids("web-east", "web-west"));
        assertThat(Selector.parse("group:shop").resolve(GRAPH)).containsExactlyElementsOf(ids("web-east", "web-west"));
        assertThat(Selector.parse("db-east").resolve(GRAPH)).containsExactlyElementsOf(ids("db-east"));
    }

    @Test
    void aSelectorThatMatchesNothingIsRefusedWithItsName() {
        assertThatThrownBy(() -> Selector.parse("nope").resolve(GRAPH))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no service with id 'nope'");
        assertThatThrownBy(() -> Selector.parse("region:mars").resolve(GRAPH))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no service matches region:mars");
    }

    @Test
    void aBlankValueIsRefused() {
        assertThatThrownBy(() -> Selector.parse("region: ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Selector.parse("zone:")).isInstanceOf(IllegalArgumentException.class);
    }
}
