package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.NodeSizer;
import dev.blastmap.layout.TextMeasurer;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.awt.Font;
import java.awt.font.FontRenderContext;
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
 * Card and label geometry, without a screen: labels are measured with the font Java2D really draws them in
 * (the sans-serif face, DejaVu Sans on Linux) as well as with the approximate measurer the painter uses.
 */
class NodePainterTest {

    /**
     * The graph canvas of the app in a 1440 × 900 window with its side panels, measured on a screenshot
     * (docs/screenshots/labels-1440-after.png); the app fits with a 32-pixel margin and never above zoom 1.
     */
    private static final double CANVAS_WIDTH = 875;
    private static final double CANVAS_HEIGHT = 688;

    /** Samples that still have cut labels at the fitted zoom of a 1440 × 900 window, and how many. */
    private static final java.util.Map<String, Integer> KNOWN_CUT = java.util.Map.of(
            "aws-us-east-1-2025-10.blastmap.json", 25,
            "multi-region-active-active.blastmap.json", 2);

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private final NodePainter nodes = new NodePainter(Theme.light(), TextMeasurer.approximate());

    static Stream<Path> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("..", "sample-graphs"), "*.blastmap.json")) {
            dir.forEach(files::add);
        }
        return files.stream().sorted();
    }

    @Test
    void aLongLabelWrapsOntoTwoLinesAtAWordBreakBeforeItIsCut() {
        List<String> lines = nodes.wrap("Console sign-in (signin.aws.amazon.com)", 13, 210, 2);
        assertThat(lines).containsExactly("Console sign-in", "(signin.aws.amazon.com)");
        assertThat(nodes.wrap("Short", 13, 200, 2)).containsExactly("Short");
        List<String> cut = nodes.wrap("A very long service name that cannot possibly fit on two lines", 13, 120, 2);
        assertThat(cut).hasSize(2);
        assertThat(cut.get(1)).endsWith("…");
    }

    @Test
    void aNameWithoutSpacesBreaksAfterADotNeverInsideAWord() {
        assertThat(nodes.wrap("dynamodb.us-east-1.amazonaws.com", 13, 170, 2))
                .containsExactly("dynamodb.us-east-1.", "amazonaws.com");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void inTheLayoutEveryCardHoldsItsWholeLabelInTheFontJava2dDraws(Path file) throws Exception {
        Graph graph = GraphFormats.read(file).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        for (Service service : graph.services()) {
            Box b = layout.nodes().get(service.id());
            List<String> lines = nodes.wrap(service.label(), NodeSizer.LABEL_SIZE, NodeSizer.labelRoom(b.width()),
                    NodeSizer.linesIn(b.height()));
            assertThat(String.join(" ", lines)).as(service.label()).doesNotContain("…");
            for (String line : lines) {
                assertThat(realBoldWidth(line, NodeSizer.LABEL_SIZE)).as("%s in a card %.0f wide", line, b.width())
                        .isLessThanOrEqualTo(NodeSizer.labelRoom(b.width()) + NodeSizer.PADDING);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void atTheFittedZoomOfA1440By900WindowNoCardIsBlankAndNoLabelIsCutBeyondTheKnownCases(Path file) throws Exception {
        Graph graph = GraphFormats.read(file).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        Box bounds = layout.bounds();
        double scale = Math.min(1, Math.min((CANVAS_WIDTH - 64) / bounds.width(), (CANVAS_HEIGHT - 64) / bounds.height()));
        RecordingSurface s = new RecordingSurface();
        new GraphPainter(Theme.light()).paint(s, PaintRequest.of(graph, layout).withView(null, scale));
        List<String> blank = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (Service service : graph.services()) {
            String drawn = drawnLabel(s, layout.nodes().get(service.id()));
            if (drawn.isEmpty()) {
                blank.add(service.label());
            } else if (drawn.contains("…") && !service.label().contains("…")) {
                cut.add(drawn);
            }
        }
        assertThat(blank).as("blank cards at zoom %.2f", scale).isEmpty();
        // Not yet met for two samples whose fitted zoom leaves rows of cards closer than their labels are wide
        // (see the user guide): their count of cut labels may only fall.
        int knownCut = KNOWN_CUT.getOrDefault(file.getFileName().toString(), 0);
        assertThat(cut).as("cut labels at zoom %.2f", scale).hasSizeLessThanOrEqualTo(knownCut);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void atTheFittedZoomOfA1920By1080AndA1280By720WindowNoCardIsBlank(Path file) throws Exception {
        Graph graph = GraphFormats.read(file).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        Box bounds = layout.bounds();
        // The graph canvas of those windows with the side panels (measured on screenshots, as above).
        for (double[] canvas : new double[][] {{1353, 868}, {713, 500}}) {
            double scale = Math.min(1, Math.min((canvas[0] - 64) / bounds.width(), (canvas[1] - 64) / bounds.height()));
            RecordingSurface s = new RecordingSurface();
            new GraphPainter(Theme.light()).paint(s, PaintRequest.of(graph, layout).withView(null, scale));
            List<String> blank = graph.services().stream().filter(service -> drawnLabel(s, layout.nodes().get(service.id())).isEmpty())
                    .map(Service::label).toList();
            assertThat(blank).as("blank cards in a %.0f-pixel-wide canvas at zoom %.2f", canvas[0], scale).isEmpty();
        }
    }

    @Test
    void knockedOutLabelsPlacedFarOutStayInsideTheirCardsInTheRealFont() throws Exception {
        Graph graph = GraphFormats.read(Path.of("..", "sample-graphs", "aws-us-east-1-2025-10.blastmap.json")).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        for (double scale : new double[] {0.3, 0.5, 0.7}) {
            RecordingSurface s = new RecordingSurface();
            new GraphPainter(Theme.light()).paint(s, PaintRequest.of(graph, layout).withView(null, scale)
                    .withStates(id -> ServiceState.KNOCKED_OUT));
            int labels = 0;
            for (int i = 0; i < s.texts.size(); i++) {
                double[] at = s.textPoints.get(i);
                double size = s.textSizes.get(i);
                Box card = layout.nodes().values().stream()
                        .filter(b -> Math.abs(at[0] - b.centerX()) < 1e-6 && Math.abs(at[1] - b.centerY()) < size * 1.5)
                        .findFirst().orElse(null);
                if (card == null) {
                    continue; // a group's name
                }
                labels++;
                // The card grows around the label's pill: the label measured by the painter, and a pad each side.
                double pad = 3 / scale;
                double grown = Math.max(card.width(), TextMeasurer.approximate().width(s.texts.get(i), size, true) + 2 * pad);
                assertThat(s.textBold.get(i)).isTrue();
                assertThat(realBoldWidth(s.texts.get(i), size)).as("%s at zoom %.1f", s.texts.get(i), scale)
                        .isLessThanOrEqualTo(grown);
            }
            assertThat(labels).isGreaterThanOrEqualTo(graph.size());
        }
    }

    /** The lines drawn on the card (centred far out, beside the icon close in), top to bottom, joined as they read. */
    private static String drawnLabel(RecordingSurface s, Box b) {
        StringBuilder label = new StringBuilder();
        double beside = b.x() + NodeSizer.PADDING + NodeSizer.ICON + NodeSizer.PADDING;
        for (int i = 0; i < s.texts.size(); i++) {
            double[] at = s.textPoints.get(i);
            boolean onCard = Math.abs(at[0] - b.centerX()) < 1e-6 || Math.abs(at[0] - beside) < 1e-6;
            if (onCard && Math.abs(at[1] - b.centerY()) < s.textSizes.get(i) * 1.5) {
                String line = s.texts.get(i);
                boolean joined = label.isEmpty() || ".-/".indexOf(label.charAt(label.length() - 1)) >= 0;
                label.append(joined ? "" : " ").append(line);
            }
        }
        return label.toString();
    }

    private static double realBoldWidth(String text, double size) {
        return new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) size).getStringBounds(text, CONTEXT).getWidth();
    }
}
