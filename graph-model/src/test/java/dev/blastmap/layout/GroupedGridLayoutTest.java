package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GroupedGridLayoutTest {

    private final LayoutAlgorithm grid = LayoutAlgorithm.grid();

    @Test
    void atOneTenAndAHundredThousandServicesNoCardsOverlapEveryBoxHoldsItsMembersAndTheDrawingIsScreenShaped() {
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            Graph graph = grouped(size, 3 * size, 11);
            Layout layout = grid.layout(graph);
            assertThat(layout.nodes()).as("%d services", size).hasSize(size);
            assertThat(layout.edges()).as("%d services", size).hasSize(DrawnDependency.of(graph).size());
            assertNoOverlaps(layout);
            assertBoxesHoldTheirMembersAndNoOthers(graph, layout);
            Box bounds = layout.bounds();
            assertThat(bounds.width() / bounds.height()).as("aspect at %d services", size).isBetween(0.8, 3.2);
            // Compact: the drawing's area per service stays that of a card with its gaps, a few times over at most.
            double perService = bounds.width() * bounds.height() / size;
            assertThat(perService).as("area per service at %d", size).isLessThan(6 * (NodeSizer.MAX_WIDTH + 24) * (40 + 48));
        }
    }

    @Test
    void regionsAndZonesBecomeNestedBoxesAsInTheLayeredLayout() {
        Layout layout = grid.layout(SampleGraphs.shop());
        assertThat(layout.groups()).extracting(GroupBox::level).contains(Grouping.Level.REGION, Grouping.Level.ZONE);
        assertThat(layout.groups()).extracting(GroupBox::depth).isSorted();
        assertBoxesHoldTheirMembersAndNoOthers(SampleGraphs.shop(), layout);
        assertThat(layout.algorithm()).isEqualTo("grid");
    }

    @Test
    void inAnAcyclicGraphNoDependentStandsInALowerRowThanItsDependencies() {
        Graph graph = SampleGraphs.randomAcyclic(2_000, 6_000, 3);
        Layout layout = grid.layout(graph);
        assertThat(layout.groups()).isEmpty();
        int above = 0;
        for (EdgePath e : layout.edges()) {
            Box from = layout.nodes().get(e.from());
            Box to = layout.nodes().get(e.to());
            assertThat(from.y()).as("%s over %s", e.from(), e.to()).isLessThanOrEqualTo(to.y());
            above += from.maxY() < to.y() ? 1 : 0;
        }
        // and most stand in a row above: the rows are bands of the dependency order, not one long line
        assertThat(above).isGreaterThan(layout.edges().size() * 9 / 10);
    }

    @Test
    void edgesAreStraightLinesBetweenTheBorders() {
        Layout layout = grid.layout(SampleGraphs.shop());
        for (EdgePath e : layout.edges()) {
            assertThat(e.points()).hasSize(2);
            assertThat(layout.nodes().get(e.from()).inflate(0.01).contains(e.start().x(), e.start().y())).isTrue();
            assertThat(layout.nodes().get(e.to()).inflate(0.01).contains(e.end().x(), e.end().y())).isTrue();
        }
    }

    @Test
    void theSameGraphAlwaysGetsTheSameLayout() {
        Graph graph = grouped(5_000, 15_000, 4);
        Layout first = grid.layout(graph);
        Layout second = grid.layout(graph);
        assertThat(first.nodes()).isEqualTo(second.nodes());
        assertThat(first.groups()).isEqualTo(second.groups());
        assertThat(first.edges()).isEqualTo(second.edges());
    }

    @Test
    void aCancelledLayoutStops() {
        LayoutMonitor cancelled = new LayoutMonitor() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> grid.layout(SampleGraphs.shop(), cancelled)).isInstanceOf(CancellationException.class);
    }

    @Test
    void anEmptyGraphHasAnEmptyLayout() {
        assertThat(grid.layout(Graph.of(List.of())).nodes()).isEmpty();
    }

    @Property(tries = 200)
    void anyGraphGetsEveryServiceAtFinitePlacesWithoutOverlaps(@ForAll("graphs") Graph graph) {
        Layout layout = grid.layout(graph);
        assertThat(layout.nodes()).hasSize(graph.size());
        layout.nodes().values().forEach(b -> assertThat(Double.isFinite(b.x()) && Double.isFinite(b.y())).isTrue());
        assertNoOverlaps(layout);
        assertBoxesHoldTheirMembersAndNoOthers(graph, layout);
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs(60, 3);
    }

    /** No two cards overlap; checked in buckets of the largest card's size, so 100,000 cards take a moment. */
    static void assertNoOverlaps(Layout layout) {
        double cell = NodeSizer.MAX_WIDTH + 100;
        Map<Long, List<Box>> buckets = new HashMap<>();
        for (Box b : layout.nodes().values()) {
            long key = (long) Math.floor(b.x() / cell) << 32 ^ (long) Math.floor(b.y() / cell) & 0xffffffffL;
            buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
        }
        for (Box b : layout.nodes().values()) {
            long bx = (long) Math.floor(b.x() / cell);
            long by = (long) Math.floor(b.y() / cell);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (Box other : buckets.getOrDefault((bx + dx) << 32 ^ (by + dy) & 0xffffffffL, List.of())) {
                        assertThat(other != b && other.overlaps(b)).as("%s overlaps %s", b, other).isFalse();
                    }
                }
            }
        }
    }

    /**
     * Each group box holds exactly the services whose region (zone, group) is its name and, for an inner box,
     * whose outer value is its outer box's; boxes at the same depth do not overlap.
     */
    private static void assertBoxesHoldTheirMembersAndNoOthers(Graph graph, Layout layout) {
        Map<String, Long> expected = new HashMap<>();
        List<Grouping.Level> levels = Grouping.finestFor(graph).levels();
        for (Service s : graph.services()) {
            for (Grouping.Level level : levels) {
                if (level.of(s) == null) {
                    break;
                }
                expected.merge(level + "=" + level.of(s), 1L, Long::sum);
            }
        }
        for (GroupBox g : layout.groups()) {
            for (ServiceId m : g.members()) {
                assertThat(g.box().contains(layout.nodes().get(m))).as("%s holds %s", g.name(), m).isTrue();
                assertThat(g.level().of(graph.service(m).orElseThrow())).isEqualTo(g.name());
            }
            expected.merge(g.level() + "=" + g.name(), -(long) g.members().size(), Long::sum);
            for (GroupBox other : layout.groups()) {
                if (other != g && other.depth() == g.depth()) {
                    assertThat(other.box().overlaps(g.box())).as("%s overlaps %s", g.name(), other.name()).isFalse();
                }
            }
        }
        assertThat(expected.values()).allMatch(count -> count == 0);
    }

    /**
     * A system spread over regions (about one per 5,000 services), three zones each; data stores in zones,
     * services in regions, a few global ones; dependencies mostly on services further down the list.
     */
    static Graph grouped(int size, int dependencies, long seed) {
        Random rng = new Random(seed);
        int regions = Math.max(2, size / 5_000);
        int perService = Math.max(1, dependencies / size);
        List<Service> services = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Service.Builder b = Service.builder("s" + i).label("Service " + i + "x".repeat(rng.nextInt(12)))
                    .kind(i < size / 2 ? Kind.SERVICE : Kind.DATABASE).group("team-" + i / 50);
            if (i % 100 != 0) {
                b.region("r" + rng.nextInt(regions));
                if (i >= size / 2) {
                    b.zone("z" + rng.nextInt(3));
                }
            }
            java.util.Set<Integer> deps = new java.util.LinkedHashSet<>();
            for (int k = 0; k < perService && i < size - 1; k++) {
                deps.add(rng.nextInt(50) == 0 ? rng.nextInt(size) : i + 1 + rng.nextInt(Math.min(500, size - i - 1)));
            }
            deps.remove(i);
            deps.forEach(d -> b.dependsOn("s" + d));
            services.add(b.build());
        }
        return Graph.of(services);
    }
}
