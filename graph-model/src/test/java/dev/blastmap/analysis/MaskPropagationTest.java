package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MaskPropagationTest {

    @Test
    void aPassStartingInsideARingStillIteratesTheWholeRing() {
        Graph g = Graph.of(
                Service.builder("a").dependsOn("b").build(),
                Service.builder("b").dependsOn("a").build(),
                Service.builder("c").dependsOn("a").build());
        CompiledGraph compiled = new CompiledGraph(g);
        MaskPropagation propagation = new MaskPropagation(compiled);

        for (String source : List.of("a", "b")) {
            int p = propagation.position[compiled.indexOf(ServiceId.of(source))];
            MaskPropagation.Scratch scratch = new MaskPropagation.Scratch(compiled.size);

            propagation.propagate(new int[] {p}, 0, 1, scratch);

            assertThat(scratch.mask).as("knocking out %s", source).containsOnly(1L);
        }
    }

    /** Any ascending set of sources, each its own bit, gives each source's down set from the engine. */
    @Property(tries = 400)
    void everyBitIsTheDownSetOfItsSource(@ForAll("graphs") Graph graph, @ForAll("seeds") long seed) {
        CompiledGraph compiled = new CompiledGraph(graph);
        MaskPropagation propagation = new MaskPropagation(compiled);
        PropagationEngine engine = new PropagationEngine(graph);
        java.util.Random random = new java.util.Random(seed);
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int p = 0; p < compiled.size; p++) {
            if (random.nextInt(3) == 0) {
                chosen.add(p);
            }
        }
        chosen.add(random.nextInt(compiled.size));
        int[] sources = chosen.stream().mapToInt(Integer::intValue).toArray();
        MaskPropagation.Scratch scratch = new MaskPropagation.Scratch(compiled.size);

        propagation.propagate(sources, 0, sources.length, scratch);

        for (int bit = 0; bit < sources.length; bit++) {
            Set<ServiceId> down = new HashSet<>();
            for (int p = 0; p < compiled.size; p++) {
                if ((scratch.mask[p] >>> bit & 1) != 0) {
                    down.add(compiled.ids[propagation.service[p]]);
                }
            }
            ServiceId source = compiled.ids[propagation.service[sources[bit]]];
            List<ServiceId> expected = new ArrayList<>();
            engine.knockOut(Set.of(source)).down().forEach(f -> expected.add(f.id()));
            assertThat(down).as("knocking out %s", source).containsExactlyInAnyOrderElementsOf(expected);
        }
        scratch.clear();
        assertThat(scratch.mask).containsOnly(0L);
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs(40, 2);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
