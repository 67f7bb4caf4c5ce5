package dev.blastmap.io.otlp;

import static dev.blastmap.io.Fixtures.dependencies;
import static dev.blastmap.io.Fixtures.edges;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class OtlpTraceReaderTest {

    private final OtlpTraceReader reader = new OtlpTraceReader();

    private static Clause clause(Graph g, String from, String to) {
        Service s = g.require(ServiceId.of(from));
        return s.dependsOn().stream().filter(c -> c.members().contains(ServiceId.of(to))).findFirst().orElseThrow();
    }

    @Test
    void aServiceDependsOnTheServicesWhoseSpansHaveTheirParentInIt() throws Exception {
        String both = Fixtures.text("otlp/checkout-trace.json") + Fixtures.text("otlp/collector-export.jsonl");
        Graph g = Fixtures.read(reader, both, "traces.json").graph();
        assertThat(ids(g)).contains("frontend", "cartservice", "checkoutservice", "paymentservice", "shippingservice");
        assertThat(dependencies(g, "frontend")).containsExactlyInAnyOrder("cartservice", "checkoutservice", "currency-api");
        assertThat(dependencies(g, "checkoutservice")).containsExactlyInAnyOrder("paymentservice", "shippingservice");
        assertThat(dependencies(g, "cartservice")).containsExactly("redis-cart");
        assertThat(dependencies(g, "paymentservice")).isEmpty();
    }

    @Test
    void callsAndFailuresAreCountedAcrossFilesAndMessagesAreSoft() throws Exception {
        String both = Fixtures.text("otlp/checkout-trace.json") + Fixtures.text("otlp/collector-export.jsonl");
        Graph g = Fixtures.read(reader, both, "traces.json").graph();
        assertThat(clause(g, "frontend", "cartservice").note()).isEqualTo("2 calls, 1 failed");
        assertThat(clause(g, "checkoutservice", "paymentservice").note()).isEqualTo("1 call, 1 failed");
        assertThat(clause(g, "checkoutservice", "shippingservice").soft()).isTrue();
        assertThat(clause(g, "checkoutservice", "paymentservice").soft()).isFalse();
        assertThat(edges(g)).contains("checkoutservice ~> shippingservice");
    }

    @Test
    void uninstrumentedPeersComeFromClientSpanAttributes() throws Exception {
        Graph g = Fixtures.read(reader, "otlp/checkout-trace.json").graph();
        assertThat(g.require(ServiceId.of("redis-cart")).kind()).isEqualTo(Kind.DATABASE);
        assertThat(g.require(ServiceId.of("currency-api")).kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(g.require(ServiceId.of("currency-api")).tags()).containsExactly("uninstrumented");
    }

    @Test
    void resourceAttributesGiveGroupRegionZoneAndTags() throws Exception {
        ReadResult r = Fixtures.read(reader, "otlp/checkout-trace.json");
        Service frontend = r.graph().require(ServiceId.of("frontend"));
        assertThat(frontend.group()).isEqualTo("shop");
        assertThat(frontend.region()).isEqualTo("eu-west-1");
        assertThat(frontend.zone()).isEqualTo("eu-west-1a");
        assertThat(frontend.tags()).contains("telemetry.sdk.language:go");
        assertThat(r.positionOf(ServiceId.of("frontend")).orElseThrow().line()).isEqualTo(3);
    }

    @Test
    void brokenJsonIsAProblemWithItsLine() {
        assertThatThrownBy(() -> Fixtures.read(reader, "{\"resourceSpans\": [\n{\"resource\": 3}]}", "t.json"))
                .hasMessageContaining("t.json:2").hasMessageContaining("OTLP traces");
        assertThatThrownBy(() -> Fixtures.read(reader, "{\"resourceSpans\": [", "t.json")).hasMessageContaining("truncated");
        assertThatThrownBy(() -> Fixtures.read(reader, "{\"resourceSpans\": []}", "t.json")).hasMessageContaining("no resourceSpans");
    }

    @Test
    void tracesAreSniffedAmongTheJsonFormats() throws Exception {
        assertThat(GraphFormats.forReading("t.json", Fixtures.text("otlp/checkout-trace.json")).name()).isEqualTo("otlp");
        assertThat(GraphFormats.forReading("t.jsonl", Fixtures.text("otlp/collector-export.jsonl")).name()).isEqualTo("otlp");
    }
}
