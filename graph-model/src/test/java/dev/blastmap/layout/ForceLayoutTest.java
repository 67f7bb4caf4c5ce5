package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.model.Graph;
import dev.blastmap.testing.RandomGraphs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property(tries = 1000)
    void neverThrowsAndPlacesEveryServiceAtFiniteCoordinatesOnSmallGraphs(@ForAll("small") Graph graph) {
        assertUsable(graph, LayoutAlgorithm.force().layout(graph));
    }

    @Property(tries = 60)
    void neverThrowsAndPlacesEveryServiceAtFiniteCoordinatesOnLargerGraphs(@ForAll("larger") Graph graph) {
        assertUsable(graph, LayoutAlgorithm.force().layout(graph));
    }

    @Provide
    Arbitrary<Graph> small() {
        return RandomGraphs.graphs(8, 3);
    }

    @Provide
    Arbitrary<Graph> larger() {
        return RandomGraphs.graphs(80, 3);
    }

    /** The samples that crashed JGraphT's quadtree (services clamped onto the frame's far edge) and all others. */
    @Test
    void laysOutEverySampleGraph() throws IOException, GraphImportException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("..", "sample-graphs"))) {
            samples = files.filter(f -> f.getFileName().toString().endsWith(".blastmap.json")).sorted().toList();
        }
        assertThat(samples).extracting(f -> f.getFileName().toString())
                .contains("aws-us-east-1-2025-10.blastmap.json", "aws-s3-2017-02.blastmap.json",
                        "multi-region-active-active.blastmap.json");
        for (Path sample : samples) {
            Graph graph = GraphFormats.read(sample).graph();
            assertUsable(graph, LayoutAlgorithm.force().layout(graph));
        }
    }

    @Test
    void theFrameSideHalvesExactlyAndIsAtMostAnEighthLargerThanWanted() {
        for (double wanted : new double[] {1126.7652816802618, 1674.425274534519, 230, 23_000.5, 1}) {
            double side = ForceLayout.exactlyHalvable(wanted);
            assertThat(side).isBetween(wanted, wanted * 1.125);
            double min = 0;
            double width = side;
            for (int depth = 0; depth < 40; depth++) {
                width /= 2;
                min += width;
                assertThat(min + width).as("far edge at depth %d", depth).isEqualTo(side);
            }
        }
    }

    private static void assertUsable(Graph graph, Layout layout) {
        assertThat(layout.nodes()).hasSize(graph.size());
        for (Box box : layout.nodes().values()) {
            assertThat(Double.isFinite(box.x()) && Double.isFinite(box.y())).as("finite position %s", box).isTrue();
        }
        LayeredLayoutTest.assertNoOverlaps(layout);
    }

    private static double distance(Layout layout, String a, String b) {
        return layout.nodes().get(dev.blastmap.model.ServiceId.of(a)).center()
                .distanceTo(layout.nodes().get(dev.blastmap.model.ServiceId.of(b)).center());
    }
}
