package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.SampleGraphs;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphPainterTest {

    private static final Graph SHOP = SampleGraphs.shop();
    private static final Layout LAYOUT = LayoutAlgorithm.layered().layout(SHOP);
    private final GraphPainter painter = new GraphPainter(Theme.light());

    private RecordingSurface paint(PaintRequest request) {
        RecordingSurface s = new RecordingSurface();
        painter.paint(s, request);
        return s;
    }

    @Test
    void aHeatMapFillsTheCardsThatAreUpAndLeavesTheDownOnesTheirStateColour() {
        java.util.List<ServiceId> ids = SHOP.services().stream().map(
                dev.blastmap.model.Service::id).toList();
        ServiceId down = ids.get(0);
        PaintRequest hot = PaintRequest.of(SHOP, LAYOUT).withHeat(id -> 1.0)
                .withStates(id -> id.equals(down) ? ServiceState.KNOCKED_OUT
                        : ServiceState.HEALTHY);

        RecordingSurface s = paint(hot);
        RecordingSurface plain = paint(PaintRequest.of(SHOP, LAYOUT));

        Rgba red = HeatRamp.fill(Theme.light(), 1);
        long heated = s.fills.stream().filter(red::equals).count();
        assertThat(heated).isEqualTo(ids.size() - 1);
        assertThat(plain.fills).doesNotContain(red);
        assertThat(paint(PaintRequest.of(SHOP, LAYOUT).withHeat(id -> 0.0)
                .withView(null, 0.05)).fills).contains(HeatRamp.solid(0));
    }

    @Test
    void aSpotlitServiceHasItsWholeLabelDrawnOverItsNeighboursWhereOtherwiseItWouldBeCut() {
        GraphPainter room = new GraphPainter(Theme.light(), dev.blastmap.layout.TextMeasurer.approximate(), 31);
        PaintRequest far = PaintRequest.of(SHOP, LAYOUT).withView(null, 0.4);
        RecordingSurface plain = new RecordingSurface();
        room.paint(plain, far);
        java.util.List<dev.blastmap.model.Service> cut = SHOP.services().stream()
                .filter(service -> !drawnWhole(plain, service.label())).toList();
        assertThat(cut).as("labels the room cannot read at zoom 0.4").isNotEmpty();

        dev.blastmap.model.Service named = cut.get(0);
        RecordingSurface spotlit = new RecordingSurface();
        room.withSpotlight(Set.of(named.id())).paint(spotlit, far);
        assertThat(drawnWhole(spotlit, named.label())).as(named.label()).isTrue();
    }

    /** True when the label is drawn on one line, or on two lines drawn one after the other. */
    private static boolean drawnWhole(RecordingSurface s, String label) {
        for (int i = 0; i < s.texts.size(); i++) {
            String line = s.texts.get(i);
            String next = i + 1 < s.texts.size() ? s.texts.get(i + 1) : "";
            if (line.equals(label) || (line + " " + next).equals(label) || (line + next).equals(label)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void atFullDetailEveryLabelAndGroupNameIsDrawn() {
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT));
        assertThat(s.texts).contains("Web storefront", "Orders DB", "Events queue", "eu-west-1", "use1-az2");
    }

    @Test
    void labelsDisappearWhenServicesAreDots() {
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withView(null, 0.1));
        assertThat(s.texts).doesNotContain("Web storefront", "Orders DB");
    }

    @Test
    void whenTwoLabelsWouldCollideTheKnockedOutServiceKeepsItsCardsCentreAndTheOtherMovesAside() {
        Graph pair = Graph.of(
                dev.blastmap.model.Service.builder("a").label("Alpha service with a long name").build(),
                dev.blastmap.model.Service.builder("b").label("Beta service with a long name").build());
        Layout side = new Layout(Map.of(ServiceId.of("a"), new Box(0, 0, 100, 20),
                ServiceId.of("b"), new Box(0, 70, 100, 20)), java.util.List.of(), java.util.List.of(), "test");
        Map<ServiceId, NodePainter.Placement> quiet = painter.placeLabels(PaintRequest.of(pair, side).withView(null, 0.3));
        Map<ServiceId, NodePainter.Placement> knocked = painter.placeLabels(PaintRequest.of(pair, side).withView(null, 0.3)
                .withStates(id -> id.equals(ServiceId.of("b")) ? ServiceState.KNOCKED_OUT : ServiceState.HEALTHY));
        for (Map<ServiceId, NodePainter.Placement> placed : List.of(quiet, knocked)) {
            assertThat(placed.values()).allSatisfy(p -> assertThat(String.join(" ", p.lines())).doesNotContain("…"));
        }
        assertThat(knocked.get(ServiceId.of("b")).label().centerY()).isEqualTo(80);
        assertThat(knocked.get(ServiceId.of("a")).label().centerY()).isNotEqualTo(10);
    }

    @Test
    void servicesBecomeDotsWhenZoomedVeryFarOut() {
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withView(null, 0.05));
        assertThat(s.count("fillRect")).isEqualTo(SHOP.size());
        assertThat(s.count("strokeRoundRect")).isEqualTo(LAYOUT.groups().size());
    }

    @Test
    void onlyWhatMeetsTheVisibleRectangleIsDrawn() {
        Box db = LAYOUT.nodes().get(ServiceId.of("orders-db"));
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withView(db.inflate(2), 1));
        assertThat(s.texts).contains("Orders DB").doesNotContain("Events queue", "Mobile app");
    }

    @Test
    void eachStateIsFilledWithItsOwnColour() {
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withRadius(Radii.threeStates("users-db", "auth", "web")));
        Theme t = Theme.light();
        assertThat(s.fills).contains(t.style(ServiceState.KNOCKED_OUT).fill(), t.style(ServiceState.DOWN).fill(),
                t.style(ServiceState.DEGRADED).fill(), t.style(ServiceState.HEALTHY).fill());
        assertThat(s.calls).contains("stroke " + t.style(ServiceState.DEGRADED).border() + " dashed");
    }

    @Test
    void aSelectedServiceGetsARingInTheAccentColour() {
        RecordingSurface plain = paint(PaintRequest.of(SHOP, LAYOUT));
        RecordingSurface selected = paint(PaintRequest.of(SHOP, LAYOUT).withSelection(Set.of(ServiceId.of("auth"))));
        assertThat(selected.count("strokeRoundRect")).isEqualTo(plain.count("strokeRoundRect") + 1);
        assertThat(selected.calls).contains("stroke " + Theme.light().accent());
    }

    @Test
    void hoveringFadesEverythingButTheServiceAndItsNeighbours() {
        Highlight h = Highlight.direct(SHOP, ServiceId.of("checkout"));
        assertThat(h.dependencies()).containsExactlyInAnyOrder(ServiceId.of("auth"), ServiceId.of("orders-db"),
                ServiceId.of("recommendations"));
        assertThat(h.dependents()).containsExactlyInAnyOrder(ServiceId.of("web"), ServiceId.of("mobile"));
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withHighlight(h));
        long faded = s.calls.stream().filter(c -> c.startsWith("alpha 0.3")).count();
        assertThat(faded).isEqualTo(SHOP.size() - 6);
        assertThat(s.calls).contains("stroke " + Theme.light().dependencyLine(), "stroke " + Theme.light().dependentLine());
    }

    @Test
    void pulsesDrawARingAroundEachServiceThatJustChanged() {
        PaintRequest r = PaintRequest.of(SHOP, LAYOUT).withPulses(Map.of(ServiceId.of("auth"), 0.5, ServiceId.of("web"), 1.0));
        RecordingSurface s = new RecordingSurface();
        painter.paintPulses(s, r);
        assertThat(s.count("strokeRoundRect")).isEqualTo(2);
    }

    @Test
    void transitiveHighlightReachesEveryServiceUpAndDownTheChain() {
        Highlight h = Highlight.transitive(SHOP, ServiceId.of("auth"));
        assertThat(h.dependencies()).containsExactly(ServiceId.of("users-db"));
        assertThat(h.dependents()).containsExactlyInAnyOrder(ServiceId.of("checkout"), ServiceId.of("mobile"),
                ServiceId.of("web"));
    }

    @Test
    void closeInOnATangleLinesPassingThroughAreDrawnAsInkAndNoneVanishes() {
        Box view = new Box(49_000, 0, 2400, 1500);
        int many = GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW + 500;
        RecordingSurface few = linesThrough(GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW / 2, view);
        RecordingSurface tangle = linesThrough(many, view);
        assertThat(few.count("moveTo")).isGreaterThanOrEqualTo(GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW / 2 + 1);
        // Every line is drawn; only the one with its ends in view keeps its arrowhead, the rest are one path.
        assertThat(tangle.count("moveTo")).isGreaterThanOrEqualTo(many + 1);
        assertThat(tangle.count("fillPath")).isLessThan(20);
    }

    @Test
    void farOutEveryLineOfABigGraphIsDrawnFainterTheMoreThereAre() {
        RecordingSurface s = linesThrough(10_000, null);
        assertThat(s.count("moveTo")).isGreaterThanOrEqualTo(10_001);
        assertThat(DependencyLines.inkAlpha(40_000)).isLessThan(DependencyLines.inkAlpha(10_000))
                .isLessThan(DependencyLines.inkAlpha(100));
        assertThat(DependencyLines.inkAlpha(100)).isEqualTo(DependencyLines.inkAlpha(GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW));
    }

    @Test
    void whereLinesAreFarDenserThanPixelsTheirInkIsCountedInSquaresAndCloserInByPixel() {
        // 10,000 lines 100,000 units long over a layout about 100,000 by 700: some 14 units of line to a unit of area.
        // At zoom 0.05 that is some 290 line pixels to a pixel; at zoom 1, 14.
        assertThat(linesThrough(10_000, null).calls).contains("inkSquares 2").doesNotContain("inkSquares 1");
        assertThat(linesThrough(10_000, new Box(49_000, 0, 2400, 1500)).calls).contains("inkSquares 1")
                .doesNotContain("inkSquares 2");
    }

    @Test
    void theFailuresPathIsDrawnOverThePlainLinesAtEveryZoom() {
        ServiceId db = ServiceId.of("orders-db");
        for (double scale : new double[] {0.05, 0.3, 1}) {
            RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withView(null, scale)
                    .withStates(id -> id.equals(db) ? ServiceState.KNOCKED_OUT : ServiceState.DOWN));
            assertThat(s.calls).as("zoom %s", scale).contains("stroke " + Theme.light().style(ServiceState.DOWN).border());
        }
    }

    /**
     * A picture at zoom 1 (far out when the view is null) of {@code through} lines passing through the view
     * between services far to its left and right, plus one line between two services in it.
     */
    private RecordingSurface linesThrough(int through, Box view) {
        java.util.List<dev.blastmap.model.Service> services = new java.util.ArrayList<>();
        Map<ServiceId, Box> boxes = new java.util.LinkedHashMap<>();
        java.util.List<dev.blastmap.layout.EdgePath> edges = new java.util.ArrayList<>();
        for (int i = 0; i < through; i++) {
            services.add(dev.blastmap.model.Service.builder("l" + i).dependsOn("r" + i).build());
            services.add(dev.blastmap.model.Service.builder("r" + i).build());
            boxes.put(ServiceId.of("l" + i), new Box(0, 700, 100, 40));
            boxes.put(ServiceId.of("r" + i), new Box(100_000, 700 + i % 50, 100, 40));
            edges.add(edge("l" + i, 100, 720, "r" + i, 100_000, 720 + i % 50));
        }
        services.add(dev.blastmap.model.Service.builder("in").dependsOn("in2").build());
        services.add(dev.blastmap.model.Service.builder("in2").build());
        boxes.put(ServiceId.of("in"), new Box(50_000, 100, 100, 40));
        boxes.put(ServiceId.of("in2"), new Box(50_000, 300, 100, 40));
        edges.add(edge("in", 50_050, 140, "in2", 50_050, 300));
        Layout layout = new Layout(boxes, edges, java.util.List.of(), "test");
        RecordingSurface surface = new RecordingSurface();
        painter.paint(surface, new PaintRequest(Graph.of(services), layout, id -> ServiceState.HEALTHY,
                Highlight.none(), Set.of(), Map.of(), view, view == null ? 0.05 : 1.0));
        return surface;
    }

    private static dev.blastmap.layout.EdgePath edge(String from, double x1, double y1, String to, double x2, double y2) {
        return new dev.blastmap.layout.EdgePath(ServiceId.of(from), ServiceId.of(to),
                java.util.List.of(new dev.blastmap.layout.Point(x1, y1), new dev.blastmap.layout.Point(x2, y2)), false, false);
    }

    @Test
    void forARoomLabelsHaveCapitalsAtLeast22PixelsHighAndGroupNames16AtEveryZoom() throws Exception {
        Graph flagship = dev.blastmap.io.formats.GraphFormats.read(
                java.nio.file.Path.of("..", "sample-graphs", "aws-us-east-1-2025-10.blastmap.json")).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(flagship);
        GraphPainter room = new GraphPainter(Theme.light(), dev.blastmap.layout.TextMeasurer.approximate(), 31);
        java.util.Set<String> groupTexts = new java.util.HashSet<>();
        layout.groups().forEach(g -> {
            groupTexts.add(g.name());
            groupTexts.add(g.level().id().toUpperCase(java.util.Locale.ROOT));
        });
        double capHeight = 0.729; // of DejaVu Sans, in ems
        for (double scale : new double[] {0.3, 0.6, 1.0, 1.5, 2.5}) {
            RecordingSurface s = new RecordingSurface();
            room.paint(s, PaintRequest.of(flagship, layout).withView(null, scale));
            int serviceTexts = 0;
            for (int i = 0; i < s.texts.size(); i++) {
                String text = s.texts.get(i);
                boolean service = !groupTexts.contains(text);
                double cap = s.textSizes.get(i) * scale * capHeight;
                if (service) {
                    serviceTexts++;
                    assertThat(cap).as("%s at zoom %.1f", text, scale).isGreaterThanOrEqualTo(22);
                } else {
                    assertThat(cap).as("group %s at zoom %.1f", text, scale).isGreaterThanOrEqualTo(16);
                }
            }
            assertThat(serviceTexts).as("labels drawn at zoom %.1f", scale).isPositive();
        }
    }
}
