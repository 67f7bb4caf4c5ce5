package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import dev.blastmap.testing.RandomGraphs.GraphAndKnockout;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BlastRadiusBoundTest {

    private static ServiceId id(String s) {
        return ServiceId.of(s);
    }

    @Test
    void aReplicaCouldAffectItsDependentsButRedundancySparesThem() {
        Graph graph = Graph.of(
                Service.builder("web").dependsOn("api").build(),
                Service.builder("api").dependsOn(Clause.anyOf(List.of(id("db1"), id("db2"))))
                        .dependsOn(Clause.on(id("cache")).asSoft()).build(),
                Service.of("db1"), Service.of("db2"), Service.of("cache"));
        PropagationEngine engine = new PropagationEngine(graph);

        // api loses a replica and is degraded, not down; web is spared entirely.
        assertThat(BlastRadiusBound.of(engine, List.of(id("db1")))).isEqualTo(new BlastRadiusBound(1, 1, 3));
        assertThat(BlastRadiusBound.of(engine, List.of(id("db1"))).spared()).isEqualTo(1);
        assertThat(BlastRadiusBound.of(engine, List.of(id("cache")))).isEqualTo(new BlastRadiusBound(1, 1, 3));
        assertThat(BlastRadiusBound.of(engine, List.of(id("db1"), id("db2")))).isEqualTo(new BlastRadiusBound(4, 0, 4));
    }

    @Test
    void aBoundBelowTheExactRadiusIsRefused() {
        assertThatThrownBy(() -> new BlastRadiusBound(3, 1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void theBoundNeverUndercountsAndIsExactWithoutRedundancyOrSoftDependencies(
            @ForAll("knockouts") GraphAndKnockout example) {
        PropagationEngine engine = new PropagationEngine(example.graph());
        BlastRadiusBound bound = BlastRadiusBound.of(engine, example.knockedOut());

        assertThat(bound.spared()).isNotNegative();
        boolean plain = example.graph().services().stream().flatMap(s -> s.dependsOn().stream())
                .allMatch(c -> !c.soft() && c.need() == c.members().size());
        if (plain) {
            assertThat(bound.spared()).isZero();
        }
    }

    @Provide
    Arbitrary<GraphAndKnockout> knockouts() {
        return RandomGraphs.graphsWithKnockouts();
    }
}
