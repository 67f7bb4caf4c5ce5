package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Graph;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    @Test
    void noTwoServiceBoxesOverlapAndEveryServiceHasOne() {
        Graph graph = SampleGraphs.random(400, 1200, 5);
        Layout layout = LayoutAlgorithm.force().layout(graph);
        assertThat(layout.nodes()).hasSize(400);
        LayeredLayoutTest.assertNoOverlaps(layout);
        assertThat(layout.groups()).isEmpty();
    }

    @Test
    void edgesAreStraightLinesBetweenTheBorders() {
        Graph graph = SampleGraphs.shop();
        Layout layout = LayoutAlgorithm.force().layout(graph);
        for (EdgePath e : layout.edges()) {
            assertThat(e.points()).hasSize(2);
            assertThat(layout.nodes().get(e.from()).inflate(0.01).contains(e.start().x(), e.start().y())).isTrue();
            assertThat(layout.nodes().get(e.to()).inflate(0.01).contains(e.end().x(), e.end().y())).isTrue();
        }
    }

    @Test
    void theSameGraphAlwaysGetsTheSameLayout() {
        Graph graph = SampleGraphs.random(200, 500, 9);
        assertThat(LayoutAlgorithm.force().layout(graph).nodes()).isEqualTo(LayoutAlgorithm.force().layout(graph).nodes());
    }

    @Test
    void aCancelledLayoutStopsAfterSomeIterations() {
        AtomicInteger polls = new AtomicInteger();
        LayoutMonitor cancelSoon = new LayoutMonitor() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() > 5;
            }
        };
        assertThatThrownBy(() -> LayoutAlgorithm.force().layout(SampleGraphs.random(300, 600, 2), cancelSoon))
                .isInstanceOf(CancellationException.class);
        assertThat(polls.get()).isEqualTo(6);
    }

    @Test
    void connectedServicesEndUpCloserThanUnrelatedOnes() {
        Graph graph = SampleGraphs.shop();
        Layout layout = LayoutAlgorithm.force().layout(graph);
        double linked = distance(layout, "users-db", "auth");
        double unrelated = distance(layout, "users-db", "cache-2");
        assertThat(linked).isLessThan(unrelated);
    }

    private static double distance(Layout layout, String a, String b) {
        return layout.nodes().get(dev.blastmap.model.ServiceId.of(a)).center()
                .distanceTo(layout.nodes().get(dev.blastmap.model.ServiceId.of(b)).center());
    }
}
