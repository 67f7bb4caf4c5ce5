package dev.blastmap.app.canvas;

import dev.blastmap.layout.Box;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * The picture of the graph kept as a bitmap, a little larger than the view, so that panning copies pixels
 * instead of painting thousands of shapes and labels again, and zooming stretches the bitmap until the
 * zoom rests. The software renderer spends most of a frame on anti-aliased text and curves; a copy costs
 * a few milliseconds. The bitmap is painted again when the content (graph, states, highlight, selection,
 * theme) or the zoom changes, or when the view leaves the cached area.
 */
final class FrameCache {

    /** How much the cached area exceeds the view on each side, as a fraction of the view's size. */
    static final double MARGIN = 0.25;

    private final Canvas offscreen = new Canvas();
    private final FxSurface surface = new FxSurface(offscreen.getGraphicsContext2D());
    private WritableImage image;
    private long version = -1;
    private double scale;
    private Box area = Box.empty();

    /** True if the bitmap shows this content at this zoom and holds everything visible. */
    boolean covers(long contentVersion, Viewport v, Box visible) {
        return image != null && version == contentVersion && scale == v.scale() && area.contains(visible);
    }

    /** True if the bitmap shows this content, at whatever zoom: good enough to stretch while zooming. */
    boolean shows(long contentVersion) {
        return image != null && version == contentVersion;
    }

    /**
     * Paints the content into the bitmap for the visible area plus a margin.
     *
     * @param pixelScale the screen's output scale, so that the bitmap is sharp on high-density displays
     * @param paint      paints in model coordinates onto the surface it is given
     */
    void render(long contentVersion, Viewport v, double viewWidth, double viewHeight, double pixelScale,
                Color background, Consumer<FxSurface> paint) {
        // While the content keeps changing (a failure spreading) the margin would only be painted and thrown
        // away; it pays off once the view starts moving over unchanged content.
        double margin = contentVersion == version + 1 && version >= 0 ? 0 : MARGIN;
        double mx = viewWidth * margin;
        double my = viewHeight * margin;
        double w = Math.ceil(viewWidth + 2 * mx);
        double h = Math.ceil(viewHeight + 2 * my);
        offscreen.setWidth(w);
        offscreen.setHeight(h);
        GraphicsContext gc = offscreen.getGraphicsContext2D();
        gc.setGlobalAlpha(1);
        gc.setFill(background);
        gc.fillRect(0, 0, w, h);
        gc.save();
        gc.translate(v.offsetX() + mx, v.offsetY() + my);
        gc.scale(v.scale(), v.scale());
        paint.accept(surface);
        gc.restore();
        int pw = (int) Math.ceil(w * pixelScale);
        int ph = (int) Math.ceil(h * pixelScale);
        if (image == null || image.getWidth() != pw || image.getHeight() != ph) {
            image = new WritableImage(pw, ph);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(background);
        params.setTransform(Transform.scale(pixelScale, pixelScale));
        offscreen.snapshot(params, image);
        version = contentVersion;
        scale = v.scale();
        area = new Box(v.toModelX(-mx), v.toModelY(-my), w / v.scale(), h / v.scale());
    }

    /** Draws the bitmap where its area falls in this viewport (stretched if the zoom differs). */
    void drawOn(GraphicsContext gc, Viewport v, double viewWidth, double viewHeight) {
        double x = v.toScreenX(area.x());
        double y = v.toScreenY(area.y());
        if (v.scale() == scale) {
            // Whole pixels: a plain copy, where a fractional offset would make the renderer filter every pixel.
            gc.drawImage(image, Math.round(x), Math.round(y), offscreen.getWidth(), offscreen.getHeight());
            return;
        }
        // Stretched: take only the part of the bitmap that lands in the view, so zooming in does not filter
        // pixels that fall outside it.
        Box shown = v.visible(viewWidth, viewHeight);
        double left = Math.max(area.x(), shown.x());
        double top = Math.max(area.y(), shown.y());
        double right = Math.min(area.maxX(), shown.maxX());
        double bottom = Math.min(area.maxY(), shown.maxY());
        if (right <= left || bottom <= top) {
            return;
        }
        double pixelsPerUnit = image.getWidth() / area.width();
        gc.drawImage(image, (left - area.x()) * pixelsPerUnit, (top - area.y()) * pixelsPerUnit,
                (right - left) * pixelsPerUnit, (bottom - top) * pixelsPerUnit,
                v.toScreenX(left), v.toScreenY(top), (right - left) * v.scale(), (bottom - top) * v.scale());
    }

    /** The zoom the bitmap was painted at. */
    double scale() {
        return scale;
    }

    /** Forgets the bitmap, for example when the view is hidden for long. */
    void clear() {
        image = null;
        version = -1;
    }
}
