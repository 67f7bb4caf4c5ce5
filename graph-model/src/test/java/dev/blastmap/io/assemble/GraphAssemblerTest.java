package dev.blastmap.io.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Clause;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GraphAssemblerTest {

    @Test
    void multiEdgesCollapseAndHardWinsOverSoft() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        a.edge("x", "y", 1).soft(true);
        a.edge("x", "y", 2);
        ReadResult r = a.build();
        assertThat(r.graph().require(ServiceId.of("x")).dependsOn()).containsExactly(Clause.on(ServiceId.of("y")));
    }

    @Test
    void selfLoopsAreDroppedWithAWarning() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        a.edge("x", "x", 3);
        ReadResult r = a.build();
        assertThat(r.graph().require(ServiceId.of("x")).dependsOn()).isEmpty();
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.toString()).isEqualTo("f:3: warning: Test: x depends on itself; the self-loop is dropped");
        });
    }

    @Test
    void edgesSharingAClauseKeyMakeOneKOfNClause() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        a.edge("x", "p", 1).clause("0").need(2).delay(Duration.ofMinutes(1));
        a.edge("x", "q", 1).clause("0").need(2);
        a.edge("x", "r", 1).clause("0");
        Clause c = a.build().graph().require(ServiceId.of("x")).dependsOn().get(0);
        assertThat(c.members()).extracting(ServiceId::value).containsExactly("p", "q", "r");
        assertThat(c.need()).isEqualTo(2);
        assertThat(c.delay()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aLargeClauseNamedTwiceOverKeepsEachMemberOnceInFirstSeenOrder() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 1_000; i++) {
                a.edge("x", "m" + i, 1).clause("0");
            }
        }
        Clause c = a.build().graph().require(ServiceId.of("x")).dependsOn().get(0);
        assertThat(c.members()).hasSize(1_000).first().isEqualTo(ServiceId.of("m0"));
        assertThat(c.members().get(999)).isEqualTo(ServiceId.of("m999"));
    }

    @Test
    void aNeedLargerThanTheClauseIsAnError() {
        GraphAssembler a = new GraphAssembler("f", "Test");
        assertThatThrownBy(() -> {
            a.edge("x", "p", 4).clause("0").need(3);
            a.build();
        }).isInstanceOf(GraphImportException.class).hasMessage("f:4: error: Test: x needs 3 of a clause with only 1 members");
    }

    @Test
    void labelsBecomeIdsOnlyWhenAllAreDistinct() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        a.preferLabelsAsIds();
        a.node("n0", 1).orElseThrow().label("web");
        a.node("n1", 2).orElseThrow().label("db");
        a.edge("n0", "n1", 3);
        assertThat(a.build().graph().require(ServiceId.of("web")).dependencies()).containsExactly(ServiceId.of("db"));

        GraphAssembler same = new GraphAssembler("f", "Test");
        same.preferLabelsAsIds();
        same.node("n0", 1).orElseThrow().label("web");
        same.node("n1", 2).orElseThrow().label("web");
        assertThat(same.build().graph().services()).extracting(s -> s.id().value()).containsExactly("n0", "n1");
    }

    @Test
    void groupNodesAreLeftOutAndEdgesToThemDropped() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        a.node("box", 1).orElseThrow().markGroup();
        a.edge("x", "box", 2);
        ReadResult r = a.build();
        assertThat(r.graph().services()).extracting(s -> s.id().value()).containsExactly("x");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("points at a group"));
    }

    @Test
    void aBlankIdIsAnErrorAndEveryErrorIsReported() {
        GraphAssembler a = new GraphAssembler("f", "Test");
        assertThatThrownBy(() -> {
            a.node(" ", 1);
            a.node("", 2);
            a.build();
        }).isInstanceOfSatisfying(GraphImportException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void theFirstHundredErrorsAreKeptAndTheRestCounted() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        for (int i = 0; i < 1000; i++) {
            a.error(i + 1, 0, "bad");
        }

        assertThatThrownBy(a::build).isInstanceOfSatisfying(GraphImportException.class, e -> {
            assertThat(e.problems()).hasSize(101);
            assertThat(e.problems().get(0).toString()).isEqualTo("f:1: error: Test: bad");
            assertThat(e.problems().get(100).message()).isEqualTo("Test: 900 more errors not shown; fix these first");
        });
    }

    @Test
    void aSecondDefinitionOfAnIdIsAnErrorAndMergesNothing() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        a.define("x", 2, 5).orElseThrow().label("first");
        assertThat(a.define("x", 9, 1)).isEmpty();
        assertThatThrownBy(a::build).isInstanceOfSatisfying(GraphImportException.class,
                e -> assertThat(e.problems()).singleElement().hasToString(
                        "f:9:1: error: Test: the id \"x\" is defined twice: first at line 2, column 5, again here; ids "
                                + "must be unique"));
    }

    @Test
    void positionsAreWhereServicesAreDefinedElseFirstNamed() throws Exception {
        GraphAssembler a = new GraphAssembler("f", "Test");
        a.edge("x", "y", 1);
        a.define("y", 4, 3);
        ReadResult r = a.build();
        assertThat(r.positions()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                ServiceId.of("x"), new dev.blastmap.io.SourcePosition(1, 0),
                ServiceId.of("y"), new dev.blastmap.io.SourcePosition(4, 3)));
    }
}
