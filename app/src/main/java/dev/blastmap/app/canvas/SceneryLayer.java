package dev.blastmap.app.canvas;

import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.Highlight;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.PixelRaster;
import dev.blastmap.render.RasterSurface;
import dev.blastmap.render.Theme;
import java.util.Objects;

/**
 * The part of the picture that the services' states do not change (background, group boxes, every plain
 * dependency line), kept as pixels for the current view. Panning moves the pixels by whole pixels and paints
 * only the strips that come into view, the rest of the scene unchanged; a change of zoom, size, highlight,
 * or theme paints it afresh. Either way it is exactly what painting the whole view would give: a line's pixels
 * do not depend on the clip, and how the painter draws a line does not depend on where the view is.
 *
 * <p>While the zoom keeps changing (the layer was painted afresh for the frame before too), nothing is kept: the
 * scenery is painted straight into the frame, saving the copy of every pixel that keeping it costs; it is kept
 * again from the first frame at the same zoom (and highlight, theme, size) as the frame before.
 *
 * <p>A layer painted afresh is painted in bands at once ({@link Bands}), one per core. FX thread only (or any one
 * thread).
 */
final class SceneryLayer {

    private static final double MARGIN_PIXELS = 8;
    private static final double MARGIN_UNITS = 5;

    private final Bands bands;
    private LanedRaster pixels;
    private LanedRaster spare;
    private Key shown;
    private long shownX;
    private long shownY;
    private long paintedPixels;
    /** Whether the frame before was painted afresh. */
    private boolean afresh;
    /** Whether the layer's pixels hold the view {@code shown} (not so when it was painted straight into a frame). */
    private boolean kept;

    /** A layer painted on the calling thread alone. */
    SceneryLayer() {
        this(new Bands(1));
    }

    /** A layer painted afresh in these bands. */
    SceneryLayer(Bands bands) {
        this.bands = bands;
    }

    /**
     * Brings the layer up to date for a picture at this zoom with the model origin at whole pixel (ox, oy),
     * and returns its pixels; or, while the zoom keeps changing, paints the scenery straight into {@code frame}
     * (of this size; null: never) and returns null, keeping nothing.
     */
    PixelRaster update(GraphPainter painter, PaintRequest request, Theme theme, int width, int height,
                       double scale, long ox, long oy, LanedRaster frame) {
        Key key = new Key(request.graph(), request.layout(), request.highlight(), theme, painter, width, height, scale);
        if (pixels == null || !pixels.hasSize(width, height)) {
            pixels = new LanedRaster(width, height, bands.lanes());
            spare = new LanedRaster(width, height, bands.lanes());
            shown = null;
        }
        boolean same = key.equals(shown);
        if (same && kept && ox == shownX && oy == shownY) {
            afresh = false;
            return pixels.raster;
        }
        long dx = ox - shownX;
        long dy = oy - shownY;
        boolean moved = same && kept && Math.abs(dx) < width && Math.abs(dy) < height;
        if (!same && afresh && frame != null) {
            GraphPainter[] painters = bands.painters(painter);
            bands.paint(Bands.Work.SCENERY, height, (lane, y0, y1) ->
                    paint(frame, lane, painters[lane], request, theme, scale, ox, oy, 0, y0, width, y1));
            shown = key;
            shownX = ox;
            shownY = oy;
            kept = false;
            return null;
        }
        afresh = !moved;
        if (moved) {
            spare.raster.copyShifted(pixels.raster, (int) dx, (int) dy);
            // The strips the move uncovered: a band of columns on one side, then of rows on the other.
            int colFrom = dx > 0 ? 0 : (int) (width + dx);
            int colTo = dx > 0 ? (int) dx : width;
            paint(spare, 0, painter, request, theme, scale, ox, oy, colFrom, 0, colTo, height);
            int rowFrom = dy > 0 ? 0 : (int) (height + dy);
            int rowTo = dy > 0 ? (int) dy : height;
            paint(spare, 0, painter, request, theme, scale, ox, oy, 0, rowFrom, width, rowTo);
        } else {
            GraphPainter[] painters = bands.painters(painter);
            bands.paint(Bands.Work.SCENERY, height, (lane, y0, y1) ->
                    paint(spare, lane, painters[lane], request, theme, scale, ox, oy, 0, y0, width, y1));
        }
        LanedRaster p = pixels;
        pixels = spare;
        spare = p;
        shown = key;
        shownX = ox;
        shownY = oy;
        kept = true;
        return pixels.raster;
    }

    /** Pixels painted afresh so far (not moved); for measurements of how close a frame is to the limit. */
    synchronized long paintedPixels() {
        return paintedPixels;
    }

    private void paint(LanedRaster target, int lane, GraphPainter painter, PaintRequest request, Theme theme,
                       double scale, long ox, long oy, int x0, int y0, int x1, int y1) {
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        RasterSurface s = target.surface(lane);
        target.raster.fillRect(x0, y0, x1, y1, PixelRaster.pixel(theme.background(), 1));
        synchronized (this) {
            paintedPixels += (long) (x1 - x0) * (y1 - y0);
        }
        s.clip(x0, y0, x1, y1);
        s.save();
        s.translate(ox, oy);
        s.scale(scale);
        // Only what may reach the strip is asked for (with room for line widths, arrowheads and smoothing):
        // a pan paints a strip of thousands of lines' worth, not every line of the view.
        double margin = MARGIN_PIXELS / scale + MARGIN_UNITS;
        painter.paintScenery(s, request.withView(new Box((x0 - ox) / scale - margin, (y0 - oy) / scale - margin,
                (x1 - x0) / scale + 2 * margin, (y1 - y0) / scale + 2 * margin), request.scale()));
        s.restore();
    }

    /** What the layer's pixels show, apart from where the view is. */
    private record Key(Graph graph, Layout layout, Highlight highlight, Theme theme, GraphPainter painter, int width,
                       int height, double scale) {

        @Override
        public boolean equals(Object o) {
            // The graph and layout are big values: the same instances, not equal ones, is what makes this cheap.
            return o instanceof Key k && k.graph == graph && k.layout == layout && k.highlight.equals(highlight)
                    && k.theme == theme && k.painter == painter && k.width == width && k.height == height && k.scale == scale;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(graph), System.identityHashCode(layout), width, height, scale);
        }
    }
}
