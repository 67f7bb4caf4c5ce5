package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.Highlight;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.PixelRaster;
import dev.blastmap.render.Theme;
import org.junit.jupiter.api.Test;

class SceneryLayerTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 200;

    private final Theme theme = Theme.light();
    private final GraphPainter painter = new GraphPainter(theme);


    /** 900 services on a grid, each depending on three others anywhere: 2,700 lines, drawn as ink far out. */
    private final Graph graph = CanvasFrameRateHarness.tangle(900, 3);
    private final Layout layout = CanvasFrameRateHarness.grid(graph);

    private int[] paintAt(SceneryLayer layer, double scale, long ox, long oy) {
        Viewport v = new Viewport(scale, ox, oy);
        PaintRequest request = PaintRequest.of(graph, layout).withView(v.visible(WIDTH, HEIGHT), scale);
        PixelRaster pixels = layer.update(painter, request, theme, WIDTH, HEIGHT, scale, ox, oy, null);
        return pixels.pixels().clone();
    }

    @Test
    void afterAPanTheLayerIsExactlyWhatPaintingTheWholeViewGives() {
        for (double scale : new double[] {0.05, 0.5, 1}) {
            SceneryLayer panned = new SceneryLayer();
            paintAt(panned, scale, -100, -80);
            paintAt(panned, scale, -137, -69);
            int[] moved = paintAt(panned, scale, -120, -95);
            int[] fresh = paintAt(new SceneryLayer(), scale, -120, -95);
            assertThat(moved).as("zoom %s", scale).isEqualTo(fresh);
        }
    }

    @Test
    void whileTheZoomKeepsChangingTheSceneryGoesStraightIntoTheFrameAndIsKeptAgainOnceItStops() {
        SceneryLayer layer = new SceneryLayer();
        LanedRaster frame = new LanedRaster(WIDTH, HEIGHT, 1);
        double[] zooms = {0.5, 0.55, 0.6, 0.6, 0.6};
        boolean[] straightIntoTheFrame = {false, true, true, false, false};
        for (int i = 0; i < zooms.length; i++) {
            Viewport v = new Viewport(zooms[i], -100, -80);
            PaintRequest request = PaintRequest.of(graph, layout).withView(v.visible(WIDTH, HEIGHT), zooms[i]);
            java.util.Arrays.fill(frame.raster.pixels(), 0);
            PixelRaster kept = layer.update(painter, request, theme, WIDTH, HEIGHT, zooms[i], -100, -80, frame);
            int[] picture = kept == null ? frame.raster.pixels() : kept.pixels();
            assertThat(kept == null).as("frame %d", i).isEqualTo(straightIntoTheFrame[i]);
            assertThat(picture).as("frame %d", i).isEqualTo(paintAt(new SceneryLayer(), zooms[i], -100, -80));
        }
        // The zoom stopped at frame 3: painted once more, into the layer, which frame 4 then reuses as it is.
        assertThat(layer.paintedPixels()).isEqualTo(4L * WIDTH * HEIGHT);
        int[] panned = paintAt(layer, 0.6, -110, -83);
        assertThat(panned).isEqualTo(paintAt(new SceneryLayer(), 0.6, -110, -83));
        assertThat(layer.paintedPixels()).isEqualTo(4L * WIDTH * HEIGHT + 10L * HEIGHT + 3L * WIDTH);
    }

    @Test
    void aPanPaintsOnlyTheStripsItUncovers() {
        SceneryLayer layer = new SceneryLayer();
        paintAt(layer, 0.5, -100, -80);
        long whole = layer.paintedPixels();
        paintAt(layer, 0.5, -110, -83);
        assertThat(layer.paintedPixels() - whole).isEqualTo(10L * HEIGHT + 3L * WIDTH);
        paintAt(layer, 0.5, -110, -83);
        assertThat(layer.paintedPixels() - whole).isEqualTo(10L * HEIGHT + 3L * WIDTH);
    }

    @Test
    void aChangeOfZoomOrHighlightPaintsTheLayerAfresh() {
        SceneryLayer layer = new SceneryLayer();
        paintAt(layer, 0.5, -100, -80);
        paintAt(layer, 0.6, -100, -80);
        assertThat(layer.paintedPixels()).isEqualTo(2L * WIDTH * HEIGHT);
        Viewport v = new Viewport(0.6, -100, -80);
        PaintRequest highlighted = PaintRequest.of(graph, layout).withView(v.visible(WIDTH, HEIGHT), 0.6)
                .withHighlight(Highlight.direct(graph, graph.services().get(0).id()));
        layer.update(painter, highlighted, theme, WIDTH, HEIGHT, 0.6, -100, -80, null);
        assertThat(layer.paintedPixels()).isEqualTo(3L * WIDTH * HEIGHT);
    }

    @Test
    void farOutTheLinesOfABigGraphDarkenThePictureInsteadOfVanishing() {
        int[] pixels = paintAt(new SceneryLayer(), 0.05, 0, 0);
        int background = PixelRaster.pixel(theme.background(), 1);
        long inked = java.util.Arrays.stream(pixels).filter(p -> p != background).count();
        assertThat(inked).isGreaterThan(WIDTH * HEIGHT / 10);
    }
}
