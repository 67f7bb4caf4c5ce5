package dev.blastmap.io.xray;

import static dev.blastmap.io.Fixtures.dependencies;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class XrayReaderTest {

    private final XrayReader reader = new XrayReader();

    @Test
    void servicesAndEdgesBecomeDependenciesAndTheClientMakesItsTargetCustomerFacing() throws Exception {
        Graph g = Fixtures.read(reader, "xray/service-graph.json").graph();
        assertThat(ids(g)).containsExactly("orders-api/prod", "orders-handler", "Orders", "SNS", "api.payments.example.com");
        assertThat(dependencies(g, "orders-api/prod")).containsExactly("orders-handler");
        assertThat(dependencies(g, "orders-handler")).containsExactly("Orders", "SNS", "api.payments.example.com");
        assertThat(g.require(ServiceId.of("orders-api/prod")).customerFacing()).isTrue();
        assertThat(g.require(ServiceId.of("orders-handler")).customerFacing()).isFalse();
    }

    @Test
    void errorFaultAndThrottleStatisticsAreKeptAsTagsAndNotes() throws Exception {
        Graph g = Fixtures.read(reader, "xray/service-graph.json").graph();
        assertThat(g.require(ServiceId.of("orders-api/prod")).tags()).contains("xray-type:AWS::ApiGateway::Stage",
                "requests:1200", "errors:16", "faults:4", "throttles:2");
        assertThat(g.require(ServiceId.of("orders-handler")).dependsOn().get(2).note())
                .isEqualTo("590 calls, 1 errors, 4 faults, 0 throttled");
        assertThat(g.require(ServiceId.of("Orders")).kind()).isEqualTo(Kind.DATABASE);
        assertThat(g.require(ServiceId.of("api.payments.example.com")).kind()).isEqualTo(Kind.EXTERNAL);
    }

    @Test
    void anEdgeToAnUnknownReferenceIsAnErrorWithItsLine() {
        String json = "{\"Services\": [\n{\"ReferenceId\": 1, \"Name\": \"a\", \"Type\": \"AWS::EC2::Instance\",\n"
                + " \"Edges\": [{\"ReferenceId\": 9}]}]}";
        assertThatThrownBy(() -> Fixtures.read(reader, json, "g.json")).hasMessageContaining("g.json:2")
                .hasMessageContaining("ReferenceId 9");
    }

    @Test
    void theServiceGraphIsSniffedAmongTheJsonFormats() throws Exception {
        assertThat(GraphFormats.forReading("graph.json", Fixtures.text("xray/service-graph.json")).name()).isEqualTo("xray");
    }

    @Test
    void aServiceThatIsNotAnObjectIsAnErrorAtItsLineAndOtherFieldsAreSkipped() {
        String json = """
                {"StartTime": "2024-01-01T00:00:00Z", "Services": [
                  {"ReferenceId": 0, "Name": "api", "Type": "AWS::EC2::Instance", "ResponseTimeHistogram": [{"Value": 0.1}],
                   "Edges": []},
                  42
                ], "NextToken": null}
                """;
        assertThatThrownBy(() -> Fixtures.read(new XrayReader(), json, "x.json"))
                .hasMessageContaining("x.json:4: error: X-Ray service graph: each of \"Services\" must be an object");
    }
}
