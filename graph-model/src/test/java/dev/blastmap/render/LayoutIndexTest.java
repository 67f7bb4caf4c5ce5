package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutIndexTest {

    private final Graph graph = Graph.of(
            Service.builder("web").dependsOn("api").build(),
            Service.builder("api").dependsOn("db").build(),
            Service.builder("db").build());
    private final Layout layout = LayoutAlgorithm.layered().layout(graph);

    @Test
    void everyServiceIsAskedForItsStateOnceAFrameAndEachLineSeesItsEnds() {
        LayoutIndex index = LayoutIndex.of(graph, layout, null);
        List<ServiceId> asked = new ArrayList<>();
        ServiceState[] states = index.states(id -> {
            asked.add(id);
            return id.value().equals("db") ? ServiceState.KNOCKED_OUT : ServiceState.DOWN;
        });
        assertThat(asked).containsExactlyInAnyOrderElementsOf(layout.nodes().keySet());
        for (int e = 0; e < layout.edges().size(); e++) {
            ServiceId to = layout.edges().get(e).to();
            assertThat(index.toState(states, e)).isEqualTo(to.value().equals("db") ? ServiceState.KNOCKED_OUT : ServiceState.DOWN);
            assertThat(index.fromState(states, e)).isEqualTo(ServiceState.DOWN);
        }
        for (int i = 0; i < index.size(); i++) {
            assertThat(index.box(i)).isEqualTo(layout.nodes().get(index.id(i)));
            assertThat(index.service(i).id()).isEqualTo(index.id(i));
        }
    }

    @Test
    void theIndexIsMadeAgainOnlyForAnotherGraphOrLayout() {
        LayoutIndex index = LayoutIndex.of(graph, layout, null);
        assertThat(LayoutIndex.of(graph, layout, index)).isSameAs(index);
        assertThat(LayoutIndex.of(graph, LayoutAlgorithm.layered().layout(graph), index)).isNotSameAs(index);
    }
}
