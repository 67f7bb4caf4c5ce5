package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardClausesTest {

    private static List<ServiceId> ids(String... names) {
        return Arrays.stream(names).map(ServiceId::of).toList();
    }

    @Test
    void eachScenarioBitBreaksTheClausesItsLostMembersBreakAndNoSoftOne() {
        Graph g = Graph.of(
                Service.builder("a").build(), Service.builder("b").build(), Service.builder("c").build(),
                Service.builder("d").build(), Service.builder("e").build(), Service.builder("f").build(),
                Service.builder("soft").build(),
                Service.builder("app")
                        .dependsOn(Clause.on(ServiceId.of("a")))
                        .dependsOn(Clause.anyOf(ids("b", "c")))
                        .dependsOn(Clause.atLeast(2, ids("d", "e", "f")))
                        .dependsOn(Clause.on(ServiceId.of("soft")).asSoft())
                        .build());
        CompiledGraph compiled = new CompiledGraph(g);
        int[] service = new int[compiled.size];
        int[] position = new int[compiled.size];
        for (int i = 0; i < compiled.size; i++) {
            service[i] = i;
            position[i] = i;
        }
        HardClauses clauses = new HardClauses(compiled, service, position);
        long[] mask = new long[compiled.size];
        // Scenario bits: 0 loses a; 1 loses b; 2 loses b and c; 3 loses d; 4 loses d and f; 5 loses the soft one.
        lose(compiled, mask, "a", 0);
        lose(compiled, mask, "b", 1, 2);
        lose(compiled, mask, "c", 2);
        lose(compiled, mask, "d", 3, 4);
        lose(compiled, mask, "f", 4);
        lose(compiled, mask, "soft", 5);

        long broken = clauses.evaluate(compiled.indexOf(ServiceId.of("app")), mask, new long[33]);

        assertThat(broken).isEqualTo(1L << 0 | 1L << 2 | 1L << 4);
        assertThat(clauses.evaluate(compiled.indexOf(ServiceId.of("a")), mask, new long[33])).isZero();
    }

    private static void lose(CompiledGraph compiled, long[] mask, String id, int... scenarios) {
        for (int bit : scenarios) {
            mask[compiled.indexOf(ServiceId.of(id))] |= 1L << bit;
        }
    }
}
