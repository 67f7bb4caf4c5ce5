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
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StatesByPositionTest {

    private final Graph graph = Graph.of(
            Service.builder("web").dependsOn("api").build(),
            Service.builder("api").dependsOn("db").build(),
            Service.builder("db").build());
    private final Layout layout = LayoutAlgorithm.layered().layout(graph);
    private final Function<ServiceId, ServiceState> dbOut = id -> id.value().equals("db") ? ServiceState.KNOCKED_OUT
            : id.value().equals("api") ? ServiceState.DOWN : null;

    @Test
    void eachServiceIsAskedOnceAndKeptAtItsPositionInTheLayout() {
        List<ServiceId> asked = new ArrayList<>();
        StatesByPosition states = StatesByPosition.of(layout, id -> {
            asked.add(id);
            return dbOut.apply(id);
        });
        assertThat(asked).containsExactlyElementsOf(layout.nodes().keySet());
        assertThat(states.size()).isEqualTo(3);
        assertThat(states.layout()).isSameAs(layout);
        assertThat(states.allHealthy()).isFalse();
        assertThat(states.at(layout.position(ServiceId.of("db")))).isEqualTo(ServiceState.KNOCKED_OUT);
        assertThat(states.at(layout.position(ServiceId.of("api")))).isEqualTo(ServiceState.DOWN);
        assertThat(states.apply(ServiceId.of("db"))).isEqualTo(ServiceState.KNOCKED_OUT);
        // No answer is healthy, and so is a service the layout does not have.
        assertThat(states.apply(ServiceId.of("web"))).isEqualTo(ServiceState.HEALTHY);
        assertThat(states.apply(ServiceId.of("elsewhere"))).isEqualTo(ServiceState.HEALTHY);
    }

    @Test
    void allHealthyIsSaidOnlyWhenEveryServiceIs() {
        StatesByPosition healthy = StatesByPosition.healthy(layout);
        assertThat(healthy.allHealthy()).isTrue();
        assertThat(StatesByPosition.of(layout, id -> ServiceState.HEALTHY).allHealthy()).isTrue();
        for (ServiceId id : layout.nodes().keySet()) {
            assertThat(healthy.apply(id)).isEqualTo(ServiceState.HEALTHY);
        }
        StatesByPosition webDegraded = StatesByPosition.of(layout,
                id -> id.value().equals("web") ? ServiceState.DEGRADED : ServiceState.HEALTHY);
        assertThat(webDegraded.allHealthy()).isFalse();
    }

    @Test
    void thePainterReadsKeptStatesAsItWouldAskAFunction() {
        LayoutIndex index = LayoutIndex.of(graph, layout, null);
        StatesByPosition kept = StatesByPosition.of(layout, dbOut);
        ServiceState[] read = index.states(kept).clone();
        ServiceState[] asked = index.states(id -> kept.apply(id)).clone();
        assertThat(read).containsExactly(asked);
        // States kept for another layout of the same graph are asked for service by service, not read.
        Layout other = LayoutAlgorithm.grid().layout(graph);
        StatesByPosition elsewhere = StatesByPosition.of(other, dbOut);
        ServiceState[] byId = index.states(elsewhere);
        for (int i = 0; i < index.size(); i++) {
            assertThat(byId[i]).isEqualTo(elsewhere.apply(index.id(i)));
        }
    }
}
