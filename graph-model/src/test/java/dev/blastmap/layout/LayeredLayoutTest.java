package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    private final LayoutAlgorithm layered = LayoutAlgorithm.layered(Grouping.NONE);

    @Test
    void dependentsAreDrawnAboveTheirDependenciesInAnAcyclicGraph() {
        for (long seed = 1; seed <= 5; seed++) {
            Graph graph = SampleGraphs.randomAcyclic(40, 70, seed);
            Layout layout = layered.layout(graph);
            for (Service s : graph.services()) {
                for (ServiceId d : s.dependencies()) {
                    assertThat(layout.nodes().get(s.id()).maxY())
                            .as("%s above %s", s.id(), d)
                            .isLessThan(layout.nodes().get(d).y());
                }
            }
        }
    }

    @Test
    void noTwoServiceBoxesOverlap() {
        Layout layout = LayoutAlgorithm.layered().layout(SampleGraphs.shop());
        assertNoOverlaps(layout);
        assertNoOverlaps(layered.layout(SampleGraphs.random(60, 110, 7)));
        assertNoOverlaps(layered.layout(SampleGraphs.random(120, 400, 7)));
    }

    @Test
    void everyServiceGetsABoxSizedToItsLabel() {
        Graph graph = SampleGraphs.shop();
        Layout layout = layered.layout(graph);
        assertThat(layout.nodes().keySet()).containsExactlyElementsOf(graph.services().stream().map(Service::id).toList());
        Box longLabel = layout.nodes().get(ServiceId.of("recommendations"));
        Box shortLabel = layout.nodes().get(ServiceId.of("dns"));
        assertThat(longLabel.width()).isGreaterThan(shortLabel.width());
        assertThat(shortLabel.height()).isEqualTo(NodeSizer.HEIGHT);
    }

    @Test
    void edgesRunFromTheDependentsBoxToTheDependencysBox() {
        Graph graph = SampleGraphs.shop();
        Layout layout = LayoutAlgorithm.layered().layout(graph);
        assertThat(layout.edges()).hasSize(graph.services().stream().mapToInt(s -> s.dependencies().size()).sum());
        for (EdgePath e : layout.edges()) {
            assertThat(layout.nodes().get(e.from()).inflate(1).contains(e.start().x(), e.start().y()))
                    .as("start of %s -> %s", e.from(), e.to()).isTrue();
            assertThat(layout.nodes().get(e.to()).inflate(1).contains(e.end().x(), e.end().y()))
                    .as("end of %s -> %s", e.from(), e.to()).isTrue();
        }
    }

    @Test
    void softAndSharedDependenciesAreMarkedOnTheirEdges() {
        Layout layout = layered.layout(SampleGraphs.shop());
        EdgePath soft = edge(layout, "checkout", "recommendations");
        EdgePath replica = edge(layout, "catalog", "cache-1");
        EdgePath plain = edge(layout, "checkout", "auth");
        assertThat(soft.soft()).isTrue();
        assertThat(replica.shared()).isTrue();
        assertThat(plain.soft() || plain.shared()).isFalse();
    }

    @Test
    void regionBoxesHoldZoneBoxesWhichHoldTheirServices() {
        Graph graph = SampleGraphs.shop();
        Layout layout = LayoutAlgorithm.layered().layout(graph);
        assertThat(layout.groups()).extracting(GroupBox::name)
                .containsExactlyInAnyOrder("eu-west-1", "us-east-1", "euw1-az1", "euw1-az2", "use1-az1", "use1-az2");
        for (GroupBox g : layout.groups()) {
            for (ServiceId m : g.members()) {
                assertThat(g.box().contains(layout.nodes().get(m))).as("%s holds %s", g.name(), m).isTrue();
                assertThat(g.level().of(graph.require(m))).isEqualTo(g.name());
            }
        }
        GroupBox region = group(layout, "eu-west-1");
        GroupBox zone = group(layout, "euw1-az1");
        assertThat(region.depth()).isZero();
        assertThat(zone.depth()).isEqualTo(1);
        assertThat(region.box().contains(zone.box())).isTrue();
        assertThat(layout.bounds().contains(region.box())).isTrue();
        assertThat(layout.nodes().get(ServiceId.of("dns")).overlaps(region.box())).isFalse();
    }

    @Test
    void groupBoxesOfOneLevelDoNotOverlap() {
        Layout layout = LayoutAlgorithm.layered(Grouping.ZONE).layout(SampleGraphs.shop());
        List<GroupBox> zones = layout.groups();
        assertThat(zones).hasSize(4);
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                assertThat(zones.get(i).box().overlaps(zones.get(j).box())).isFalse();
            }
        }
    }

    @Test
    void theSameGraphAlwaysGetsTheSameLayout() {
        Graph graph = SampleGraphs.random(40, 80, 3);
        Layout a = LayoutAlgorithm.layered().layout(graph);
        Layout b = LayoutAlgorithm.layered().layout(graph);
        assertThat(a.nodes()).isEqualTo(b.nodes());
        assertThat(a.edges()).isEqualTo(b.edges());
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
        assertThatThrownBy(() -> layered.layout(SampleGraphs.shop(), cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void progressIsReportedFromStartToEnd() {
        List<Double> reported = new ArrayList<>();
        layered.layout(SampleGraphs.shop(), new LayoutMonitor() {
            @Override
            public void progress(double fraction) {
                reported.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(reported).startsWith(0.0).endsWith(1.0).isSorted();
    }

    @Test
    void groupedRandomGraphsAreLaidOutWithGroupsHoldingTheirMembers() {
        String[] regions = {"r1", "r2", null};
        String[] zones = {"z1", "z2", "z3", null};
        for (long seed = 1; seed <= 16; seed++) {
            java.util.Random rng = new java.util.Random(seed);
            Graph plain = seed % 2 == 0 ? SampleGraphs.random(12 + rng.nextInt(30), rng.nextInt(60), seed)
                    : SampleGraphs.randomAcyclic(12 + rng.nextInt(30), rng.nextInt(60), seed);
            List<Service> placed = new ArrayList<>();
            for (Service s : plain.services()) {
                String region = regions[rng.nextInt(regions.length)];
                String zone = region == null ? null : zones[rng.nextInt(zones.length)];
                placed.add(s.toBuilder().region(region).zone(zone == null ? null : region + "-" + zone).build());
            }
            Graph graph = Graph.of(placed);
            Layout layout = LayoutAlgorithm.layered().layout(graph);
            assertNoOverlaps(layout);
            for (GroupBox g : layout.groups()) {
                for (ServiceId m : g.members()) {
                    assertThat(g.box().contains(layout.nodes().get(m))).as("seed %d: %s holds %s", seed, g.name(), m)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void anEmptyGraphHasAnEmptyLayout() {
        Layout layout = layered.layout(Graph.of());
        assertThat(layout.nodes()).isEmpty();
        assertThat(layout.bounds().width()).isZero();
    }

    static void assertNoOverlaps(Layout layout) {
        List<java.util.Map.Entry<ServiceId, Box>> boxes = new ArrayList<>(layout.nodes().entrySet());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).getValue().overlaps(boxes.get(j).getValue()))
                        .as("%s overlaps %s", boxes.get(i).getKey(), boxes.get(j).getKey()).isFalse();
            }
        }
    }

    private static EdgePath edge(Layout layout, String from, String to) {
        return layout.edges().stream()
                .filter(e -> e.from().value().equals(from) && e.to().value().equals(to)).findFirst().orElseThrow();
    }

    private static GroupBox group(Layout layout, String name) {
        return layout.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }
}
