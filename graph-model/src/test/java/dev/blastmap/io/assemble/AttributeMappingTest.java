package dev.blastmap.io.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeMappingTest {

    private static Service mapped(String... keyValues) throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        NodeDraft n = a.node("x", 1).orElseThrow();
        for (int i = 0; i < keyValues.length; i += 2) {
            AttributeMapping.node(a, n, keyValues[i], keyValues[i + 1], 1);
        }
        return a.build().graph().require(ServiceId.of("x"));
    }

    @Test
    void fieldNamesMatchIgnoringCaseUnderscoresAndDashes() throws Exception {
        Service s = mapped("Region", "us-east-1", "availability_zone", "use1-az1", "Customer-Facing", "yes",
                "GROUP", "payments");
        assertThat(s.region()).isEqualTo("us-east-1");
        assertThat(s.zone()).isEqualTo("use1-az1");
        assertThat(s.customerFacing()).isTrue();
        assertThat(s.group()).isEqualTo("payments");
    }

    @Test
    void kindsAreRecognisedBySynonymsOrKeptAsTags() throws Exception {
        assertThat(mapped("type", "DB").kind()).isEqualTo(Kind.DATABASE);
        assertThat(mapped("kind", "Load_Balancer").kind()).isEqualTo(Kind.LOAD_BALANCER);
        Service odd = mapped("type", "library");
        assertThat(odd.kind()).isEqualTo(Kind.SERVICE);
        assertThat(odd.tags()).containsExactly("type:library");
    }

    @Test
    void labelWinsOverNameWhateverTheOrder() throws Exception {
        assertThat(mapped("name", "Name", "label", "Label").label()).isEqualTo("Label");
        assertThat(mapped("label", "Label", "name", "Name").label()).isEqualTo("Label");
    }

    @Test
    void drawingAttributesAreDroppedAndOthersBecomeTags() throws Exception {
        Service s = mapped("fillcolor", "#fff", "x", "12.5", "owner", "team-a", "tags", "a, b\\,c");
        assertThat(s.tags()).containsExactly("owner:team-a", "a", "b,c");
    }

    @Test
    void aBadWeightIsAWarningAndKeepsTheDefault() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        AttributeMapping.node(a, a.node("x", 1).orElseThrow(), "weight", "-3", 4);
        ReadResult r = a.build();
        assertThat(r.graph().require(ServiceId.of("x")).weight()).isEqualTo(1.0);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message()).contains("weight '-3'");
        });
    }

    @Test
    void availabilityIsReadAsAFractionOrAPercentage() throws Exception {
        assertThat(mapped("availability", "0.999").availability()).isEqualTo(0.999);
        assertThat(mapped("Availability", "99.95 %").availability()).isEqualTo(0.9995);
        assertThat(mapped("blastmap.dev/availability", "1").availability()).isEqualTo(1.0);
    }

    @Test
    void anAvailabilityThatIsNoProbabilityIsAWarningAndLeavesTheServicePerfectlyReliable() throws Exception {
        for (String bad : List.of("99.9", "0", "-0.1", "120%", "three nines")) {
            GraphAssembler a = new GraphAssembler("f", "Test");
            AttributeMapping.node(a, a.node("x", 1).orElseThrow(), "availability", bad, 7);
            ReadResult r = a.build();
            assertThat(r.graph().require(ServiceId.of("x")).availability()).isEqualTo(1.0);
            assertThat(r.warnings()).singleElement().satisfies(w -> {
                assertThat(w.line()).isEqualTo(7);
                assertThat(w.message()).contains("availability '" + bad + "'").contains("99.9%");
            });
        }
    }

    @Test
    void edgeAttributesSetSoftnessDelayNoteAndClause() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        AttributeMapping.edge(a, a.edge("x", "y", 1), "type", "async", 1);
        EdgeDraft z = a.edge("x", "z", 2);
        AttributeMapping.edge(a, z, "delay", "PT5M", 2);
        AttributeMapping.edge(a, z, "type", "grpc", 2);
        var clauses = a.build().graph().require(ServiceId.of("x")).dependsOn();
        assertThat(clauses.get(0).soft()).isTrue();
        assertThat(clauses.get(1).delay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(clauses.get(1).note()).isEqualTo("grpc");
    }

    @Test
    void tagListsRoundTripThroughJoinAndSplit() {
        assertThat(AttributeMapping.splitTags(AttributeMapping.joinTags(List.of("x,y", "z", "a b")))).containsExactly("x,y", "z", "a b");
    }

    @Test
    void aKeyIsNormalisedToLowerCaseWithoutSeparatorsAndANormalKeyIsItself() {
        assertThat(AttributeMapping.normalise("Customer_Facing")).isEqualTo("customerfacing");
        assertThat(AttributeMapping.normalise("availability zone")).isEqualTo("availabilityzone");
        assertThat(AttributeMapping.normalise("load-Balancer")).isEqualTo("loadbalancer");
        String normal = "weight";
        assertThat(AttributeMapping.normalise(normal)).isSameAs(normal);
    }
}
