package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.PaintRequest;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PictureModelTest {

    private static final ServiceId DB = ServiceId.of("db");
    private final Graph graph = Graph.of(Service.builder("api").dependsOn("db").build(), Service.builder("db").build());
    private final Layout layout = LayoutAlgorithm.layered().layout(graph);

    private PictureModel shown() {
        PictureModel model = new PictureModel();
        model.setGraph(graph, layout);
        model.changed(Viewport.identity());
        model.request(0, Set.of(), null, 1);
        model.shown(model.statesVersion(), Viewport.identity());
        return model;
    }

    @Test
    void theSameStatesAgainNeedNoNewPicture() {
        PictureModel model = shown();
        assertThat(model.isDirty()).isFalse();
        assertThat(model.setStates(id -> ServiceState.HEALTHY, 0)).isFalse();
        assertThat(model.isDirty()).isFalse();
        assertThat(model.setStates(id -> id.equals(DB) ? ServiceState.KNOCKED_OUT : ServiceState.HEALTHY, 0)).isTrue();
        assertThat(model.isDirty()).isTrue();
        assertThat(model.stateOf(DB)).isEqualTo(ServiceState.KNOCKED_OUT);
    }

    @Test
    void aServiceThatChangedPulsesInTheNextPicture() {
        PictureModel model = shown();
        model.setStates(id -> id.equals(DB) ? ServiceState.KNOCKED_OUT : ServiceState.HEALTHY, 1_000);
        PaintRequest request = model.request(1_000 + Pulses.DURATION_NANOS / 2, Set.of(), null, 1);
        assertThat(request.pulses()).containsOnlyKeys(DB);
        assertThat(request.states().apply(DB)).isEqualTo(ServiceState.KNOCKED_OUT);
        assertThat(model.isDirty()).as("still pulsing").isTrue();
        model.request(1_000 + 2 * Pulses.DURATION_NANOS, Set.of(), null, 1);
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void aPicturePaintedBeforeAStateChangeIsBookedAsBehind() {
        PictureModel model = shown();
        long painted = model.statesVersion();
        model.setStates(id -> ServiceState.DOWN, 0);
        model.shown(painted, Viewport.identity());
        model.shown(model.statesVersion(), Viewport.identity());
        FrameStats stats = model.stats();
        assertThat(stats.frames()).isEqualTo(3);
        assertThat(stats.currentFrames()).isEqualTo(2);
        assertThat(stats.statesBehind()).isEqualTo(1);
    }

    @Test
    void statesHandedOutEarlierStayAsTheyWere() {
        PictureModel model = shown();
        model.setStates(id -> id.equals(DB) ? ServiceState.KNOCKED_OUT : ServiceState.DEGRADED, 0);
        Function<ServiceId, ServiceState> earlier = model.states();
        assertThat(model.setStates(id -> ServiceState.HEALTHY, 0)).isTrue();
        assertThat(earlier.apply(DB)).isEqualTo(ServiceState.KNOCKED_OUT);
        assertThat(model.stateOf(DB)).isEqualTo(ServiceState.HEALTHY);
        assertThat(earlier.apply(ServiceId.of("not-in-the-graph"))).isEqualTo(ServiceState.HEALTHY);
    }

    @Test
    void anotherGraphStartsHealthyWithNothingHighlighted() {
        PictureModel model = shown();
        model.setStates(id -> ServiceState.DOWN, 0);
        model.setHighlight(dev.blastmap.render.Highlight.direct(graph, DB));
        model.setGraph(graph, layout);
        assertThat(model.stateOf(DB)).isEqualTo(ServiceState.HEALTHY);
        assertThat(model.highlight().isActive()).isFalse();
        assertThat(model.pulsing()).isFalse();
        assertThat(model.isDirty()).isTrue();
    }

    @Test
    void thePointerFindsTheServicesOfTheGraphShownNow() {
        PictureModel model = shown();
        model.hits();
        model.neighbourhood();
        Graph other = Graph.of(Service.builder("web").dependsOn("cache").build(), Service.builder("cache").build());
        Layout otherLayout = LayoutAlgorithm.layered().layout(other);
        model.setGraph(other, otherLayout);
        ServiceId cache = ServiceId.of("cache");
        dev.blastmap.layout.Box box = otherLayout.nodes().get(cache);
        assertThat(model.hits().at(box.centerX(), box.centerY())).contains(cache);
        assertThat(model.neighbourhood().around(cache)).contains(ServiceId.of("web"));
    }
}
