package dev.blastmap.app.window;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.DrawingFit;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.Rgba;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** What a window test expects of a canvas that fits the whole graph at the desk; call from the test's thread. */
final class CanvasFit {

    /** How far from the canvas's edge, in pixels, nothing but background may be drawn. */
    static final int CLEAR_BAND = 8;

    private CanvasFit() {
    }

    /** The viewport the canvas fits the graph with at its size now (see {@link DrawingFit}). */
    static Viewport expected(GraphCanvas canvas) {
        return onFx(() -> expectedNow(canvas));
    }

    private static Viewport expectedNow(GraphCanvas canvas) {
        ServiceId selected = canvas.selectedProperty().get();
        PaintRequest drawn = PaintRequest.of(canvas.graph(), canvas.graphLayout()).withStates(canvas::stateOf)
                .withHighlight(canvas.highlight()).withSelection(selected == null ? Set.of() : Set.of(selected));
        return Viewport.showing(new DrawingFit(new GraphPainter(canvas.themeProperty().get()))
                .fit(drawn, canvas.getWidth(), canvas.getHeight(), 32, 1.0), canvas.getWidth(), canvas.getHeight());
    }

    /**
     * The pixels of the canvas's picture within {@link #CLEAR_BAND} of its edges that are not background, one line
     * per edge: a card there is cut by the edge, or nearly. Empty when the picture has a clear border all round.
     */
    static List<String> drawnAtTheEdges(GraphCanvas canvas) {
        return onFx(() -> drawnAtTheEdgesNow(canvas));
    }

    private static List<String> drawnAtTheEdgesNow(GraphCanvas canvas) {
        WritableImage picture = canvas.snapshot(null, null);
        PixelReader pixels = picture.getPixelReader();
        int w = (int) picture.getWidth();
        int h = (int) picture.getHeight();
        Rgba background = canvas.themeProperty().get().background();
        int[] found = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int edge = x < CLEAR_BAND ? 0 : x >= w - CLEAR_BAND ? 1 : y < CLEAR_BAND ? 2 : y >= h - CLEAR_BAND ? 3 : -1;
                if (edge >= 0 && !isBackground(pixels.getArgb(x, y), background)) {
                    found[edge]++;
                }
            }
        }
        List<String> drawn = new ArrayList<>();
        String[] names = {"left", "right", "top", "bottom"};
        for (int e = 0; e < 4; e++) {
            if (found[e] > 0) {
                drawn.add("%d pixels drawn along the %s edge of a %dx%d canvas".formatted(found[e], names[e], w, h));
            }
        }
        return drawn;
    }

    private static boolean isBackground(int argb, Rgba background) {
        return Math.abs((argb >> 16 & 0xff) - background.red()) <= 6 && Math.abs((argb >> 8 & 0xff) - background.green()) <= 6
                && Math.abs((argb & 0xff) - background.blue()) <= 6;
    }

    /** What {@code work} returns, run on the FX thread. */
    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
