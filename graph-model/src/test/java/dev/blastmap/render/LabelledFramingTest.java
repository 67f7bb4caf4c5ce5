package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.TextMeasurer;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Presenter mode's framing of every step of every bundled walkthrough, checked on what the real painter draws
 * (recorded, without a screen): each service the step names is drawn inside the view, its card grown around its
 * label, and its label whole, at both screen sizes and with no exception. While presenting
 * nothing lies over the graph (the minimap is hidden and the caption sits below the graph), so inside the view
 * is not under an overlay.
 */
class LabelledFramingTest {

    /**
     * The graph's part of the screen while presenting at 1920 × 1080 and at 1280 × 720, and the presenter's label
     * size there as the canvas paints it (capitals 22 pixels high at 1080 pixels, in proportion below). The
     * caption below the graph grows with its text: 810 and 515 pixels are left with a four-line narration
     * (measured on screenshots of the flagship's 5:30 AM step), 767 and 487 with a caption one line taller.
     */
    private static final double[][] PRESENTER_VIEWS = {{1920, 810, 31}, {1920, 767, 31},
        {1280, 515, 31 * 720 / 1080.0}, {1280, 487, 31 * 720 / 1080.0}};
    /** The margin and closest zoom the canvas frames a step with while presenting. */
    private static final double MARGIN = 40;
    private static final double MAX_SCALE = 2.5;

    static Stream<Path> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("..", "sample-graphs"), "*.blastmap.json")) {
            dir.forEach(files::add);
        }
        return files.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void inPresenterModeEveryServiceAStepNamesIsDrawnWholeInsideTheView(Path file) throws Exception {
        Graph graph = GraphFormats.read(file).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Scenario scenario : graph.scenarios()) {
            for (int i = 0; i < scenario.steps().size(); i++) {
                Step step = scenario.steps().get(i);
                assertThat(step.frame()).as("%s step %d names the services it frames", scenario.id(), i + 1).isNotEmpty();
                PaintRequest request = PaintRequest.of(graph, layout)
                        .withRadius(new PropagationEngine(graph).knockOut(scenario.knockedOutAfter(i)));
                for (double[] size : PRESENTER_VIEWS) {
                    GraphPainter spotlit = new GraphPainter(Theme.light(), TextMeasurer.approximate(), size[2])
                            .withSpotlight(step.frame());
                    LabelledFraming.View view = new LabelledFraming(spotlit)
                            .frame(request, step.frame(), size[0], size[1], MARGIN, MAX_SCALE).orElseThrow();
                    String where = "%s step %d at %.0fx%.0f (zoom %.2f)".formatted(scenario.id(), i + 1, size[0], size[1], view.scale());
                    problems.addAll(drawnProblems(spotlit, graph, layout, request, step.frame(), view, size, where));
                    checked++;
                }
            }
        }
        assertThat(problems).as("services off the screen or labels cut").isEmpty();
        assertThat(checked).isEqualTo(PRESENTER_VIEWS.length * graph.scenarios().stream().mapToInt(s -> s.steps().size()).sum());
    }

    @Test
    void aStepSpreadAcrossTheGraphIsFramedFartherOutThanOneService() throws Exception {
        Graph graph = GraphFormats.read(Path.of("..", "sample-graphs", "aws-us-east-1-2025-10.blastmap.json")).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        PaintRequest request = PaintRequest.of(graph, layout);
        LabelledFraming framing = new LabelledFraming(new GraphPainter(Theme.light(), TextMeasurer.approximate(), 31));
        double one = framing.frame(request, List.of(ServiceId.of("dynamodb")), 1920, 750, MARGIN, MAX_SCALE).orElseThrow().scale();
        double wide = framing.frame(request, List.of(ServiceId.of("snapchat"), ServiceId.of("route53-dns")), 1920, 750,
                MARGIN, MAX_SCALE).orElseThrow().scale();
        assertThat(one).isEqualTo(MAX_SCALE);
        assertThat(wide).isLessThan(one);
        assertThat(framing.frame(request, List.of(ServiceId.of("no-such-service")), 1920, 750, MARGIN, MAX_SCALE)).isEmpty();
    }

    @Test
    void namedNeighboursThatNeedEveryPixelAreFramedNearerTheEdgeRatherThanCut() throws Exception {
        // The flagship's 5:30 AM step names Lloyds Bank, Halifax and HMRC side by side, and the load balancers'
        // health checks far below them: on a 1280 x 720 projector no zoom keeps 40 pixels to spare and every label.
        Graph graph = GraphFormats.read(Path.of("..", "sample-graphs", "aws-us-east-1-2025-10.blastmap.json")).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        Scenario timeline = graph.scenarios().get(0);
        int step = 10;
        List<ServiceId> named = timeline.steps().get(step).frame();
        assertThat(named).contains(ServiceId.of("halifax"), ServiceId.of("lloyds"), ServiceId.of("hmrc"));
        PaintRequest request = PaintRequest.of(graph, layout)
                .withRadius(new PropagationEngine(graph).knockOut(timeline.knockedOutAfter(step)));
        LabelledFraming framing = new LabelledFraming(new GraphPainter(Theme.light(), TextMeasurer.approximate(),
                31 * 720 / 1080.0).withSpotlight(named));

        // The graph's height on that projector depends on the caption and on the layout's card sizes: look for
        // the first height, from a four-line caption's 515 pixels down, at which the 40-pixel margin cannot hold.
        boolean nearerTheEdge = false;
        for (int height = 515; height >= 300 && !nearerTheEdge; height -= 5) {
            LabelledFraming.View view = framing.frame(request, named, 1280, height, MARGIN, MAX_SCALE).orElseThrow();
            LabelledFraming.Drawn drawn = framing.drawn(request, named, view, 1280, height);

            assertThat(drawn.whole()).as("labels whole at 1280 x %d", height).isEqualTo(named.size());
            double drawnHeight = drawn.union().height() * view.scale();
            assertThat(drawnHeight).as("at 1280 x %d", height).isLessThanOrEqualTo(height - 2 * LabelledFraming.MIN_MARGIN);
            nearerTheEdge = drawnHeight > height - 2 * MARGIN;
        }
        assertThat(nearerTheEdge).as("some height needs the narrower margin").isTrue();
    }

    /** What is wrong with the named services as the painter draws them in this view: outside it, or label cut. */
    private static List<String> drawnProblems(GraphPainter painter, Graph graph, Layout layout, PaintRequest request, List<ServiceId> ids,
            LabelledFraming.View view, double[] size, String where) {
        Box visible = view.visible(size[0], size[1]);
        // Never nearer the screen's edge than the smallest margin the framing allows itself.
        Box inside = visible.inflate(-(LabelledFraming.MIN_MARGIN - 0.5) / view.scale());
        RecordingSurface s = new RecordingSurface();
        painter.paint(s, request.withView(visible, view.scale()));
        List<String> problems = new ArrayList<>();
        for (ServiceId id : ids) {
            Box card = layout.nodes().get(id);
            Service service = graph.service(id).orElseThrow();
            Box drawn = drawnCard(s, layout, card);
            if (!inside.contains(drawn)) {
                problems.add("%s: %s drawn at %s outside %s".formatted(where, id.value(), drawn, inside));
            }
            String label = drawnLabel(s, drawn);
            if (label.isEmpty() || label.contains("…") && !service.label().contains("…")) {
                problems.add("%s: %s labelled \"%s\"".formatted(where, id.value(), label));
            }
        }
        return problems;
    }

    /**
     * The largest rounded rectangle other than a group filled around the card (to within rounding): the card,
     * grown around its label.
     */
    static Box drawnCard(RecordingSurface s, Layout layout, Box card) {
        Box best = card;
        for (double[] r : s.roundRects) {
            Box b = new Box(r[0], r[1], r[2], r[3]);
            boolean group = layout.groups().stream().anyMatch(g -> g.box().equals(b));
            if (!group && b.inflate(1e-6).contains(card) && b.width() * b.height() > best.width() * best.height()) {
                best = b;
            }
        }
        return best;
    }

    /** The text drawn inside the card, in the order drawn. */
    private static String drawnLabel(RecordingSurface s, Box card) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < s.texts.size(); i++) {
            double[] at = s.textPoints.get(i);
            if (card.contains(at[0], at[1])) {
                label.append(label.isEmpty() ? "" : " ").append(s.texts.get(i));
            }
        }
        return label.toString();
    }

    /** Three cards in a column, 60 apart, 40 high: a, then b, then c. */
    private static final Layout COLUMN = new Layout(java.util.Map.of(
            ServiceId.of("a"), new Box(0, 0, 100, 40), ServiceId.of("b"), new Box(0, 100, 100, 40),
            ServiceId.of("c"), new Box(0, 200, 100, 40)), List.of(), List.of(), "test");

    /** A view that shows 70 more above and below what it frames, as a wide window framing a flat row would. */
    private static Box tallView(Box framed) {
        return new Box(framed.x() - 10, framed.y() - 70, framed.width() + 20, framed.height() + 140);
    }

    @Test
    void aCardTheViewWouldCutIsFramedTooAndSoOnUntilNoneIsCut() {
        List<ServiceId> framed = LabelledFraming.withWholeCards(COLUMN, List.of(ServiceId.of("a")), LabelledFramingTest::tallView);

        // framing a shows b's top half; framing a and b shows c's top half; framing all three cuts nothing
        assertThat(framed).containsExactly(ServiceId.of("a"), ServiceId.of("b"), ServiceId.of("c"));
    }

    @Test
    void cardsWhollyInOrWhollyOutOfTheViewAddNothing() {
        List<ServiceId> framed = LabelledFraming.withWholeCards(COLUMN, List.of(ServiceId.of("b")),
                b -> new Box(b.x() - 10, b.y() - 50, b.width() + 20, b.height() + 100));

        assertThat(framed).containsExactly(ServiceId.of("b"));
        assertThat(LabelledFraming.withWholeCards(COLUMN, List.of(ServiceId.of("nowhere")), LabelledFramingTest::tallView))
                .containsExactly(ServiceId.of("nowhere"));
    }
}
