package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.SampleGraphs;
import dev.blastmap.layout.TextMeasurer;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fit of the whole graph, checked on what the real painter draws in the fitted view (recorded, without a
 * screen): every card, grown around its label, lies inside the view within the margin.
 */
class DrawingFitTest {

    /**
     * Canvas sizes: a 1440 × 900 window with the left panel and the SPOF ranking open (about 670 × 680), a
     * 1280 × 720 window with the inspector open (about 675 × 500), a tall narrow one, a narrower one still, a
     * wide short one, and a whole 1920 × 1080 window's canvas.
     */
    private static final double[][] CANVASES = {{670, 680}, {675, 500}, {670, 800}, {520, 530}, {1000, 600},
        {1280, 520}, {1920, 1080}};
    /** The canvas's margin and closest zoom when it fits the graph. */
    private static final double MARGIN = 32;
    private static final double MAX_SCALE = 1;

    @ParameterizedTest
    @MethodSource("dev.blastmap.render.LabelledFramingTest#samples")
    void everyCardDrawnInTheFittedViewLiesInsideTheCanvasWithinTheMargin(Path file) throws Exception {
        Graph graph = GraphFormats.read(file).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        List<PaintRequest> requests = new ArrayList<>(List.of(PaintRequest.of(graph, layout)));
        for (Scenario scenario : graph.scenarios()) {
            // The end of each walkthrough, its last knocked-out service selected: the labels ranked otherwise.
            int last = scenario.steps().size() - 1;
            Set<ServiceId> out = scenario.knockedOutAfter(last);
            requests.add(PaintRequest.of(graph, layout).withRadius(new PropagationEngine(graph).knockOut(out))
                    .withSelection(out.isEmpty() ? Set.of() : Set.of(out.iterator().next())));
        }
        GraphPainter painter = new GraphPainter(Theme.light());
        List<String> problems = new ArrayList<>();
        for (PaintRequest request : requests) {
            for (double[] size : CANVASES) {
                problems.addAll(cardsOutside(painter, request, size[0], size[1], file.getFileName().toString()));
            }
        }
        assertThat(problems).as("cards the fitted view cuts or takes within the margin").isEmpty();
    }

    @Test
    void theFlagshipBesideThePanelsKeepsTheBoundsZoomAndItsLabelsLegible() throws Exception {
        // The flagship fitted beside the left panel and the ranking in a 1440 x 900 window is far out: its labels are
        // far wider than their cards. Those at the drawing's sides are moved inward rather than past them (see
        // NodePainter), so taking in every grown card costs no zoom and the labels stay fully opaque.
        Graph graph = GraphFormats.read(Path.of("..", "sample-graphs", "aws-us-east-1-2025-10.blastmap.json")).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        PaintRequest request = PaintRequest.of(graph, layout);
        DrawingFit fit = new DrawingFit(new GraphPainter(Theme.light()));
        LabelledFraming.View view = fit.fit(request, 670, 680, MARGIN, MAX_SCALE);
        double boundsFit = Math.min((670 - 2 * MARGIN) / layout.bounds().width(), (680 - 2 * MARGIN) / layout.bounds().height());

        assertThat(Detail.at(view.scale()).inCard()).as("labels placed over the cards").isFalse();
        assertThat(fit.drawnAt(request, view.scale()).width()).isEqualTo(layout.bounds().width());
        assertThat(view.scale()).isEqualTo(boundsFit);
        assertThat(Detail.at(view.scale()).labelAlpha()).isEqualTo(1);
        assertThat(cardsOutside(new GraphPainter(Theme.light()), request, 670, 680, "flagship")).isEmpty();
    }

    @Test
    void aColumnNarrowerThanItsLabelsIsFittedFartherOutByNoMoreThanTheLabelsNeed() {
        // Twenty cards one under the other: the long labels over them spill past the column's right side (they
        // cannot be moved inward, the column is narrower), and as the zoom falls they spill further.
        java.util.Map<ServiceId, Box> cards = new java.util.LinkedHashMap<>();
        List<dev.blastmap.model.Service> services = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ServiceId id = ServiceId.of("s" + i);
            cards.put(id, new Box(0, i * 80, 150, 50));
            services.add(dev.blastmap.model.Service.builder(id.value()).label("A rather long service name " + i).build());
        }
        Layout column = new Layout(cards, List.of(), List.of(), "test");
        PaintRequest request = PaintRequest.of(Graph.of(services), column);
        DrawingFit fit = new DrawingFit(new GraphPainter(Theme.light()));
        double width = 200;
        double height = 800;
        double boundsFit = Math.min((width - 2 * MARGIN) / 150, (height - 2 * MARGIN) / column.bounds().height());
        assertThat(fit.drawnAt(request, boundsFit).width()).as("the labels spill at the bounds' fit").isGreaterThan(150);

        LabelledFraming.View view = fit.fit(request, width, height, MARGIN, MAX_SCALE);

        Box drawn = fit.drawnAt(request, view.scale());
        assertThat(view.scale()).isLessThan(boundsFit);
        assertThat(Math.max(drawn.width() * view.scale() / (width - 2 * MARGIN), drawn.height() * view.scale() / (height - 2 * MARGIN)))
                .as("the drawing fills the room in one direction: zoomed out no further than needed").isBetween(0.97, 1.0 + 1e-3);
        assertThat(cardsOutside(new GraphPainter(Theme.light()), request, width, height, "column")).isEmpty();
    }

    @Test
    void aRoomsLargeLabelsAreTakenInToo() throws Exception {
        Graph graph = GraphFormats.read(Path.of("..", "sample-graphs", "aws-us-east-1-2025-10.blastmap.json")).graph();
        PaintRequest request = PaintRequest.of(graph, LayoutAlgorithm.automatic().layout(graph));
        GraphPainter presenting = new GraphPainter(Theme.light(), TextMeasurer.approximate(), 31);

        assertThat(cardsOutside(presenting, request, 1920, 900, "presenting at 1080")).isEmpty();
        assertThat(cardsOutside(presenting, request, 1280, 600, "presenting at 720")).isEmpty();
    }

    @Test
    void closeInOrFarOutNothingGrowsAndTheBoundsAreFitted() {
        Graph graph = SampleGraphs.randomAcyclic(10_000, 2, 7);
        Layout layout = LayoutAlgorithm.grid().layout(graph);
        PaintRequest request = PaintRequest.of(graph, layout);
        DrawingFit fit = new DrawingFit(new GraphPainter(Theme.light()));
        Box b = layout.bounds();

        LabelledFraming.View far = fit.fit(request, 1920, 1080, MARGIN, MAX_SCALE);
        assertThat(far.scale()).isEqualTo(Math.min((1920 - 2 * MARGIN) / b.width(), (1080 - 2 * MARGIN) / b.height()));
        assertThat(far.centerX()).isEqualTo(b.centerX());
        assertThat(far.centerY()).isEqualTo(b.centerY());

        Layout one = new Layout(java.util.Map.of(ServiceId.of("a"), new Box(0, 0, 150, 50)), List.of(), List.of(), "test");
        LabelledFraming.View close = fit.fit(PaintRequest.of(Graph.of(), one), 800, 600, MARGIN, MAX_SCALE);
        assertThat(close.scale()).as("one service is not blown up past the closest fit").isEqualTo(MAX_SCALE);
    }

    @Test
    void aViewOfNoSizeOrNoClosestZoomIsRefusedRatherThanSearchedForever() {
        DrawingFit fit = new DrawingFit(new GraphPainter(Theme.light()));
        PaintRequest request = PaintRequest.of(Graph.of(), Layout.empty());

        assertThatThrownBy(() -> fit.fit(request, Double.NaN, 600, MARGIN, MAX_SCALE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fit.fit(request, 800, 600, MARGIN, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fit.fit(request, 0, 0, MARGIN, MAX_SCALE).scale()).as("an empty canvas, as before it is laid out").isPositive();
    }

    /**
     * The cards the painter draws outside the canvas's margin (less half a pixel) when the canvas fits the graph:
     * each card as drawn (grown around its label; see {@link LabelledFramingTest#drawnCard}) and every text's
     * anchor.
     */
    private static List<String> cardsOutside(GraphPainter painter, PaintRequest request, double width, double height,
            String what) {
        LabelledFraming.View view = new DrawingFit(painter).fit(request, width, height, MARGIN, MAX_SCALE);
        Box visible = view.visible(width, height);
        Box inside = visible.inflate(-(MARGIN - 0.5) / view.scale());
        RecordingSurface s = new RecordingSurface();
        painter.paint(s, request.withView(visible, view.scale()));
        List<String> problems = new ArrayList<>();
        String where = "%s at %.0fx%.0f (zoom %.3f)".formatted(what, width, height, view.scale());
        request.layout().nodes().forEach((id, card) -> {
            Box drawn = LabelledFramingTest.drawnCard(s, request.layout(), card);
            if (!inside.contains(drawn)) {
                problems.add("%s: %s drawn at %s, outside %s".formatted(where, id.value(), drawn, inside));
            }
        });
        for (int i = 0; i < s.texts.size(); i++) {
            double[] at = s.textPoints.get(i);
            if (!inside.contains(at[0], at[1])) {
                problems.add("%s: \"%s\" drawn at %.0f, %.0f, outside %s".formatted(where, s.texts.get(i), at[0], at[1], inside));
            }
        }
        return problems;
    }
}
