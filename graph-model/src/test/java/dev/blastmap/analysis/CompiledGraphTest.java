package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledGraphTest {

    @Test
    void aGraphLargeEnoughToBeCompiledOnAllCoresHasEveryClauseAndMemberInItsSlot() {
        int n = 10_000;
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Service.Builder builder = Service.builder("s" + i);
            for (int k = 1; k <= i % 4; k++) {
                String a = "s" + (i + k) % n;
                String b = "s" + (i * 7L + k * 3L + 1) % n;
                if (k % 2 == 0 || a.equals(b) || b.equals("s" + i)) {
                    builder.dependsOn(a);
                } else {
                    Clause either = Clause.anyOf(List.of(ServiceId.of(a), ServiceId.of(b)));
                    builder.dependsOn(k == 1 ? either.asSoft() : either);
                }
            }
            services.add(builder.build());
        }
        Graph graph = Graph.of(services);

        CompiledGraph g = new CompiledGraph(graph);

        int c = 0;
        int m = 0;
        int[] timesNamed = new int[n];
        for (int v = 0; v < n; v++) {
            assertThat(g.clauseStart[v]).isEqualTo(c);
            for (Clause clause : graph.services().get(v).dependsOn()) {
                assertThat(g.clauseOwner[c]).isEqualTo(v);
                assertThat(g.clauseSoft[c]).isEqualTo(clause.soft());
                assertThat(g.clauseFailures[c]).isEqualTo(clause.failuresToBreak());
                assertThat(g.memberStart[c]).isEqualTo(m);
                for (ServiceId member : clause.members()) {
                    assertThat(g.ids[g.members[m]]).isEqualTo(member);
                    assertThat(g.memberClause[m]).isEqualTo(c);
                    timesNamed[g.members[m]]++;
                    m++;
                }
                c++;
            }
        }
        assertThat(g.clauseStart[n]).isEqualTo(c);
        assertThat(g.memberStart[c]).isEqualTo(m);
        for (int u = 0; u < n; u++) {
            assertThat(g.reverseStart[u + 1] - g.reverseStart[u]).isEqualTo(timesNamed[u]);
        }
    }
}
