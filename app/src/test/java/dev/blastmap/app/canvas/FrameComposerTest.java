package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.Highlight;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.Theme;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FrameComposerTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;

    private final GraphPainter painter = new GraphPainter(Theme.light());

    /** A composer's picture at this viewport, copied out. */
    private static int[] paint(FrameComposer composer, GraphPainter painter, PaintRequest request, Viewport v) {
        return composer.paint(painter, request.withView(v.visible(WIDTH, HEIGHT), v.scale()), painter.theme(), v,
                WIDTH, HEIGHT, 1).pixels.raster.pixels().clone();
    }

    /** The flagship mid-spread: cards, labels, icons, hatching, the failure's path, pulses and a selection ring. */
    private static PaintRequest flagshipSpreading() throws Exception {
        Graph graph = GraphFormats.read(Path.of("..", "sample-graphs", "aws-us-east-1-2025-10.blastmap.json")).graph();
        Layout layout = LayoutAlgorithm.automatic().layout(graph);
        List<ServiceId> hubs = CanvasFrameRateHarness.hubs(graph, 1);
        Function<ServiceId, ServiceState> states = new PropagationEngine(graph).knockOut(hubs)::state;
        Map<ServiceId, Double> pulses = new HashMap<>();
        graph.services().stream().limit(12).forEach(s -> pulses.put(s.id(), 0.3 + 0.05 * pulses.size()));
        return PaintRequest.of(graph, layout).withStates(states).withPulses(pulses)
                .withSelection(Set.of(graph.services().get(3).id()));
    }

    /** 900 services on a grid, each depending on three others anywhere: 2,700 lines, drawn as ink far out. */
    private static PaintRequest tangle() {
        Graph graph = CanvasFrameRateHarness.tangle(900, 5);
        Function<ServiceId, ServiceState> states = new PropagationEngine(graph)
                .knockOut(CanvasFrameRateHarness.hubs(graph, 5))::state;
        return PaintRequest.of(graph, CanvasFrameRateHarness.grid(graph)).withStates(states);
    }

    private void assertBandsPaintTheWholePicture(PaintRequest request, Viewport... views) {
        assertBandsPaintTheWholePicture(painter, request, views);
    }

    private static void assertBandsPaintTheWholePicture(GraphPainter painter, PaintRequest request, Viewport... views) {
        FrameComposer whole = new FrameComposer(new Bands(1));
        FrameComposer banded = new FrameComposer(new Bands(3));
        for (int round = 0; round < 3; round++) {
            // Every round starts from other cuts: the bands learn from the last frame's costs.
            for (Viewport v : views) {
                assertThat(paint(banded, painter, request, v)).as("%s, round %d", v, round)
                        .isEqualTo(paint(whole, painter, request, v));
            }
        }
    }

    @Test
    void aPicturePaintedInBandsIsThePicturePaintedWholePixelForPixel() throws Exception {
        PaintRequest request = flagshipSpreading();
        Viewport fit = Viewport.fit(request.layout().bounds(), WIDTH, HEIGHT, 32, 1.0);
        assertBandsPaintTheWholePicture(request, fit, fit.zoomAt(2.5, WIDTH / 2.0, HEIGHT / 3.0),
                fit.zoomAt(7, WIDTH / 3.0, HEIGHT / 2.0).panBy(37, -11), fit.panBy(13, 7));
    }

    @Test
    void aHighlightedPictureInBandsIsThePicturePaintedWhole() throws Exception {
        PaintRequest request = flagshipSpreading();
        request = request.withHighlight(Highlight.direct(request.graph(), request.graph().services().get(5).id()));
        Viewport fit = Viewport.fit(request.layout().bounds(), WIDTH, HEIGHT, 32, 1.0);
        assertBandsPaintTheWholePicture(request, fit, fit.zoomAt(3, WIDTH / 2.0, HEIGHT / 2.0));
    }

    @Test
    void aPresentersBigSpotlitLabelsInBandsAreThePicturePaintedWhole() throws Exception {
        PaintRequest request = flagshipSpreading();
        GraphPainter room = new GraphPainter(Theme.dark(), dev.blastmap.layout.TextMeasurer.approximate(), 31)
                .withSpotlight(CanvasFrameRateHarness.hubs(request.graph(), 3));
        Viewport fit = Viewport.fit(request.layout().bounds(), WIDTH, HEIGHT, 32, 1.0);
        assertBandsPaintTheWholePicture(room, request, fit, fit.zoomAt(2, WIDTH / 2.0, HEIGHT / 2.0));
    }

    @Test
    void linesCountedAsInkInBandsAreThePicturePaintedWhole() {
        PaintRequest request = tangle();
        Viewport fit = Viewport.fit(request.layout().bounds(), WIDTH, HEIGHT, 32, 1.0);
        assertBandsPaintTheWholePicture(request, fit, fit.zoomAt(4, WIDTH / 2.0, HEIGHT / 2.0),
                fit.zoomAt(12, WIDTH / 4.0, HEIGHT / 4.0));
    }

    @Test
    void everyFrameOfAZoomThenAPanIsThePicturePaintedFromNothing() throws Exception {
        PaintRequest request = flagshipSpreading();
        Viewport fit = Viewport.fit(request.layout().bounds(), WIDTH, HEIGHT, 32, 1.0);
        FrameComposer composer = new FrameComposer(new Bands(1));
        for (Viewport v : List.of(fit, fit.zoomAt(1.1, 300, 200), fit.zoomAt(1.2, 300, 200), fit.zoomAt(1.3, 300, 200),
                fit.zoomAt(1.3, 300, 200), fit.zoomAt(1.3, 300, 200).panBy(21, -8), fit.zoomAt(1.4, 100, 100))) {
            assertThat(paint(composer, painter, request, v)).as("%s", v)
                    .isEqualTo(paint(new FrameComposer(new Bands(1)), painter, request, v));
        }
    }

    @Test
    void theFrameShowsTheSceneryUnderTheForeground() {
        PaintRequest request = tangle();
        Viewport fit = Viewport.fit(request.layout().bounds(), WIDTH, HEIGHT, 32, 1.0);
        int[] picture = paint(new FrameComposer(new Bands(2)), painter, request, fit);
        int background = dev.blastmap.render.PixelRaster.pixel(painter.theme().background(), 1);
        assertThat(java.util.Arrays.stream(picture).filter(p -> p != background).count())
                .as("lines and services over the background").isGreaterThan(WIDTH * HEIGHT / 20);
    }
}
