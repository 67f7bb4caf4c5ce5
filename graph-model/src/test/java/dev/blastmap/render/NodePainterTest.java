package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.CanvasSize;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.NodeSizer;
import dev.blastmap.layout.TextMeasurer;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Card and label geometry, without a screen: labels are measured with the font Java2D really draws them in
 * (the sans-serif face, DejaVu Sans on Linux) as well as with the approximate measurer the painter uses.
 */
class NodePainterTest {

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
        NodeSizer sizer = NodeSizer.standard();
        for (Service service : graph.services()) {
            Box b = layout.nodes().get(service.id());
            // A card widened for its label far out has its icon and label in its middle.
            double room = NodeSizer.labelRoom(b.width() - Math.max(0, (b.width() - sizer.width(service)) / 2));
            List<String> lines = nodes.wrap(service.label(), NodeSizer.LABEL_SIZE, room, NodeSizer.linesIn(b.height()));
            assertThat(String.join(" ", lines)).as(service.label()).doesNotContain("…");
            for (String line : lines) {
                assertThat(realBoldWidth(line, NodeSizer.LABEL_SIZE)).as("%s in a card %.0f wide", line, b.width())
                        .isLessThanOrEqualTo(room + NodeSizer.PADDING);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void atTheFittedZoomOfA1440By900WindowNoCardIsBlankAndNoLabelIsCut(Path file) throws Exception {
        Graph graph = GraphFormats.read(file).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        // The canvas a user first sees, right tabs folded; the app's SidePanelsTest measures it in the window.
        Drawn drawn = drawnAtFit(graph, layout, CanvasSize.WINDOW_1440_BY_900);
        assertThat(drawn.blank()).as("blank cards at zoom %.2f", drawn.scale()).isEmpty();
        assertThat(drawn.cut()).as("cut labels at zoom %.2f", drawn.scale()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void atTheFittedZoomOfA1920By1080AndA1280By720WindowNoCardIsBlank(Path file) throws Exception {
        Graph graph = GraphFormats.read(file).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        for (CanvasSize canvas : List.of(CanvasSize.ofWindow(1920, 1080), CanvasSize.ofWindow(1280, 720))) {
            Drawn drawn = drawnAtFit(graph, layout, canvas);
            assertThat(drawn.blank()).as("blank cards in a %.0f-pixel-wide canvas at zoom %.2f", canvas.width(), drawn.scale())
                    .isEmpty();
        }
    }

    @Test
    void theLayoutSizesCardsForTheLabelSizeAndZoomThePainterUses() {
        assertThat(NodeSizer.FAR_LABEL_PX).isEqualTo(Detail.MIN_LABEL_PX);
        assertThat(NodeSizer.IN_CARD_ZOOM).isEqualTo(Detail.IN_CARD);
    }

    @Test
    void aLabelAtTheDrawingsSideIsMovedInwardRatherThanPastIt() {
        Service service = Service.builder("replication").label("Global Tables replication").build();
        Box drawing = new Box(0, 0, 2000, 1000);
        Box leftmost = new Box(0, 400, 150, 50);
        Box rightmost = new Box(1850, 400, 150, 50);
        double scale = 0.2; // far out: the label is far wider than the card

        NodePainter.Placement left = nodes.place(service, leftmost, scale, Detail.MIN_LABEL_PX, new LabelPlacer(100), drawing);
        NodePainter.Placement right = nodes.place(service, rightmost, scale, Detail.MIN_LABEL_PX, new LabelPlacer(100), drawing);
        NodePainter.Placement middle = nodes.place(service, new Box(900, 400, 150, 50), scale, Detail.MIN_LABEL_PX,
                new LabelPlacer(100), drawing);

        assertThat(left.label().width()).isGreaterThan(leftmost.width());
        assertThat(left.label().x()).as("from the drawing's left side").isEqualTo(drawing.x());
        assertThat(right.label().maxX()).as("to the drawing's right side").isCloseTo(drawing.maxX(), within(1e-9));
        assertThat(drawing.inflate(1e-9).contains(left.card()) && drawing.inflate(1e-9).contains(right.card())).isTrue();
        assertThat(middle.label().centerX()).as("centred on its card inside the drawing").isEqualTo(975);
    }

    @Test
    void aLabelWithNoRoomOnItsCardMovesAboveItRatherThanBeingCut() {
        Service service = Service.builder("console").label("Console sign-in (signin.aws.amazon.com)").build();
        Box card = new Box(0, 0, 480, 40); // as wide as the layout makes it for its label at this zoom
        double scale = 0.4;
        LabelPlacer placer = new LabelPlacer(100);
        Box below = new Box(0, 54, 480, 40); // the next layer, 14 apart
        Box left = new Box(-494, 0, 480, 40);
        Box right = new Box(494, 0, 480, 40);
        for (Box taken : List.of(card, below, left, right)) {
            placer.take(taken);
        }
        NodePainter.Placement p = nodes.place(service, card, scale, Detail.MIN_LABEL_PX, placer, new Box(-2000, -2000, 4000, 4000));
        assertThat(p.lines()).containsExactly("Console sign-in", "(signin.aws.amazon.com)");
        assertThat(p.label().centerY()).isLessThan(card.centerY());
        for (Box other : List.of(below, left, right)) {
            assertThat(p.card().intersects(other)).as("the grown card keeps clear of %s", other).isFalse();
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

    /** What a picture at the fitted zoom of a canvas shows on each card: the labels left blank, and those cut. */
    private record Drawn(double scale, List<String> blank, List<String> cut) {
    }

    private static Drawn drawnAtFit(Graph graph, Layout layout, CanvasSize canvas) {
        RecordingSurface s = new RecordingSurface();
        GraphPainter painter = new GraphPainter(Theme.light());
        // The canvas's fit (its margin and closest zoom): the whole drawing, cards grown around their labels.
        double scale = new DrawingFit(painter).fit(PaintRequest.of(graph, layout), canvas.width(), canvas.height(), 32, 1)
                .scale();
        PaintRequest request = PaintRequest.of(graph, layout).withView(null, scale);
        painter.paint(s, request);
        Map<ServiceId, NodePainter.Placement> placed = Detail.at(scale).inCard() ? Map.of() : painter.placeLabels(request);
        List<String> blank = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (Service service : graph.services()) {
            NodePainter.Placement p = placed.get(service.id());
            Box card = p == null ? layout.nodes().get(service.id()) : p.card();
            String drawn = drawnIn(s, card, p == null ? NodeSizer.LABEL_SIZE : p.size());
            if (drawn.isEmpty()) {
                blank.add(service.label());
            } else if (drawn.contains("…") && !service.label().contains("…")) {
                cut.add(drawn);
            }
        }
        return new Drawn(scale, blank, cut);
    }

    /** The lines of this size drawn inside the card, top to bottom, joined as they read. */
    private static String drawnIn(RecordingSurface s, Box card, double size) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < s.texts.size(); i++) {
            double[] at = s.textPoints.get(i);
            if (Math.abs(s.textSizes.get(i) - size) < 1e-9 && card.contains(at[0], at[1])) {
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
