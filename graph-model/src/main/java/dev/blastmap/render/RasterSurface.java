package dev.blastmap.render;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The painter's {@link Surface} over a {@link PixelRaster}, for a picture painted afresh every frame. What a
 * frame draws by the thousand is done on the pixels directly: rectangles (services far out are dots) and thin
 * lines without anti-aliasing (masses of dependency lines, which are counted as {@link LineDensity} ink so
 * that dense ones darken instead of vanishing); rounded cards, group boxes and rings ({@link SmoothShapes}) and
 * thin smoothed lines, solid or dashed ({@link SmoothLines}), by their coverage. Everything else (filled paths
 * such as arrowheads and icons, ovals, text, thick lines) goes to a {@link Java2dSurface} painting into the same
 * pixels.
 *
 * <p>Paths are recorded and handed to Java2D only when Java2D strokes or fills them. Not thread-safe.
 */
public final class RasterSurface implements Surface {

    /** A thin stroke path with more segments than this is counted as ink rather than blended line by line. */
    private static final int DENSITY_SEGMENTS = 256;
    private static final double THIN = 1.5;
    /** Up to this width (in pixels) a line without anti-aliasing is drawn here, as parallel one-pixel lines. */
    private static final double WIDEST = 6.5;
    /** Up to this width (in pixels) a smoothed line is drawn here ({@link SmoothLines}). */
    private static final double WIDEST_SMOOTH = 4.5;
    /** Where a cubic quarter circle's control points lie: this much of the radius from its corner (1 - kappa). */
    private static final double ARC_CONTROL = 1 - 4.0 / 3.0 * (Math.sqrt(2) - 1);
    /** How far, in sizes, a glyph of text centred on a line may reach above or below it (generously). */
    private static final double TEXT_REACH = 1.5;
    private static final double[] NO_DASHES = {};

    private final PixelRaster raster;
    private final Graphics2D graphics;
    private final Java2dSurface java2d;
    private final LineDensity density;
    private final SmoothShapes shapes;
    private final SmoothLines lines;
    private final Deque<State> saved = new ArrayDeque<>();
    /** The state in force; changed in place (a frame sets colours by the hundred thousand), copied by save. */
    private State state = new State();
    private int clipX0;
    private int clipY0;
    private int clipX1;
    private int clipY1;
    private final PathRecord path = new PathRecord();
    /** The pixels a one-pixel line takes, for {@link PixelRaster#blendLine}: this surface's own. */
    private final int[] linePixels;

    /** A surface painting into this raster; call {@link #dispose()} when done. */
    public RasterSurface(PixelRaster raster) {
        this.raster = raster;
        int w = raster.width();
        int h = raster.height();
        DataBufferInt buffer = new DataBufferInt(raster.pixels(), raster.pixels().length);
        DirectColorModel model = new DirectColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
                32, 0xff0000, 0xff00, 0xff, 0xff000000, true, java.awt.image.DataBuffer.TYPE_INT);
        WritableRaster pixels = Raster.createPackedRaster(buffer, w, h, w, new int[] {0xff0000, 0xff00, 0xff, 0xff000000}, null);
        this.graphics = new BufferedImage(model, pixels, true, null).createGraphics();
        this.java2d = new Java2dSurface(graphics);
        this.density = new LineDensity(w, h);
        this.shapes = new SmoothShapes(raster);
        this.lines = new SmoothLines(raster);
        this.linePixels = new int[Math.max(w, h) + 1];
        clip(0, 0, w, h);
    }

    /**
     * Paints only the pixels from (x0, y0) inclusive to (x1, y1) exclusive from now on, in pixel coordinates;
     * the rest of the raster keeps what it has.
     */
    public void clip(int x0, int y0, int x1, int y1) {
        clipX0 = Math.max(0, x0);
        clipY0 = Math.max(0, y0);
        clipX1 = Math.min(raster.width(), x1);
        clipY1 = Math.min(raster.height(), y1);
        AffineTransform t = graphics.getTransform();
        graphics.setTransform(new AffineTransform());
        graphics.setClip(clipX0, clipY0, Math.max(0, clipX1 - clipX0), Math.max(0, clipY1 - clipY0));
        graphics.setTransform(t);
    }

    /**
     * Whether masses of lines counted as ink are shared between the processor's cores (they are unless told
     * otherwise): not when the caller already paints bands of the picture on every core.
     */
    public void shareInkBetweenCores(boolean share) {
        density.shareBetweenCores(share);
    }

    /** Lets go of the Java2D graphics. */
    public void dispose() {
        graphics.dispose();
    }

    @Override
    public void save() {
        saved.push(state.copy());
        java2d.save();
    }

    @Override
    public void restore() {
        State s = saved.poll();
        if (s != null) {
            state = s;
            java2d.restore();
            java2d.setSmoothLines(s.smooth);
        }
    }

    @Override
    public void translate(double dx, double dy) {
        state.tx += dx * state.scale;
        state.ty += dy * state.scale;
        java2d.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        state.scale *= factor;
        java2d.scale(factor);
    }

    @Override
    public void setAlpha(double alpha) {
        state.alpha = Math.max(0, Math.min(1, alpha));
        java2d.setAlpha(alpha);
    }

    @Override
    public void setFill(Rgba colour) {
        state.fill = colour;
        java2d.setFill(colour);
    }

    @Override
    public void setStroke(Rgba colour, double width, double... dashes) {
        state.stroke = colour;
        state.strokeWidth = width;
        state.dashes = dashes.length == 0 ? NO_DASHES : dashes.clone();
        java2d.setStroke(colour, width, dashes);
    }

    @Override
    public void setSmoothLines(boolean smooth) {
        state.smooth = smooth;
        java2d.setSmoothLines(smooth);
    }

    @Override
    public void setInkSquares(int side) {
        state.inkSquares = side;
    }

    /** A plain rectangle goes straight to the pixels, on whole pixels and at least one pixel wide and high. */
    @Override
    public void fillRect(double x, double y, double width, double height) {
        double s = state.scale;
        int x0 = (int) Math.round(x * s + state.tx);
        int y0 = (int) Math.round(y * s + state.ty);
        int x1 = Math.max(x0 + 1, (int) Math.round((x + width) * s + state.tx));
        int y1 = Math.max(y0 + 1, (int) Math.round((y + height) * s + state.ty));
        raster.fillRect(Math.max(x0, clipX0), Math.max(y0, clipY0), Math.min(x1, clipX1), Math.min(y1, clipY1),
                PixelRaster.pixel(state.fill, state.alpha));
    }

    /** Drawn on the pixels ({@link SmoothShapes}), smoothed unless smoothing is off. */
    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        double s = state.scale;
        shapes.fillRoundRect(x * s + state.tx, y * s + state.ty, width * s, height * s, radius * s,
                PixelRaster.pixel(state.fill, state.alpha), state.smooth, clipX0, clipY0, clipX1, clipY1);
    }

    /**
     * A solid outline is drawn on the pixels ({@link SmoothShapes}); a dashed one is stroked as its path, the one
     * Java2D's {@code RoundRectangle2D} walks (down the left side first, corners as cubic arcs), so that its dashes
     * fall where Java2D's would.
     */
    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        if (state.dashed()) {
            roundRectPath(x, y, width, height, radius);
            strokePath();
            return;
        }
        double s = state.scale;
        shapes.strokeRoundRect(x * s + state.tx, y * s + state.ty, width * s, height * s, radius * s,
                state.strokeWidth * s, PixelRaster.pixel(state.stroke, state.alpha), state.smooth, clipX0, clipY0,
                clipX1, clipY1);
    }

    /** The outline of {@code RoundRectangle2D.Double(x, y, w, h, 2 r, 2 r)}, as its path iterator gives it. */
    private void roundRectPath(double x, double y, double w, double h, double radius) {
        double rx = Math.min(Math.abs(w), 2 * radius) / 2;
        double ry = Math.min(Math.abs(h), 2 * radius) / 2;
        double c = ARC_CONTROL;
        beginPath();
        moveTo(x, y + ry);
        lineTo(x, y + h - ry);
        curveTo(x, y + h - c * ry, x + c * rx, y + h, x + rx, y + h);
        lineTo(x + w - rx, y + h);
        curveTo(x + w - c * rx, y + h, x + w, y + h - c * ry, x + w, y + h - ry);
        lineTo(x + w, y + ry);
        curveTo(x + w, y + c * ry, x + w - c * rx, y, x + w - rx, y);
        lineTo(x + rx, y);
        curveTo(x + c * rx, y, x, y + c * ry, x, y + ry);
        closePath();
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        java2d.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        java2d.strokeOval(x, y, width, height);
    }

    @Override
    public void beginPath() {
        path.clear();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        path.quadTo(cx, cy, x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        path.curveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fillPath() {
        path.replay(java2d);
        java2d.fillPath();
    }

    /**
     * A line without anti-aliasing up to six pixels wide is drawn on the pixels, as that many one-pixel lines
     * side by side, curves by their chords; a solid one-pixel path of many segments as ink that adds up where
     * lines overlap. A smoothed line up to four and a half pixels wide is drawn on the pixels by its coverage
     * ({@link SmoothLines}), curves by as many chords as keep them round. Either kind, dashed, is cut into its
     * dashes ({@link Dashes}) unless they are finer than two pixels a period. Anything else is stroked by Java2D.
     */
    @Override
    public void strokePath() {
        double pixels = state.strokeWidth * state.scale;
        int argb = PixelRaster.pixel(state.stroke, state.alpha);
        if (state.smooth && pixels <= WIDEST_SMOOTH && !state.dashed()) {
            path.walk(state.scale, state.tx, state.ty, true,
                    (x0, y0, x1, y1) -> lines.line(x0, y0, x1, y1, pixels, clipX0, clipY0, clipX1, clipY1));
            lines.paintPath(argb);
            return;
        }
        int width = pixels > THIN ? (int) Math.round(pixels) : 1;
        double[] dashes = pixels <= (state.smooth ? WIDEST_SMOOTH : WIDEST) ? state.dashesInPixels() : null;
        if (dashes != null) {
            // Dashes are cut a little beyond the clip, so that where they are cut off never shows. Unsmoothed ones
            // (a big graph's degraded and soft lines, by the thousand while a failure spreads) are drawn as the
            // solid lines below are: Java2D's dasher cost a third of such a frame.
            double reach = pixels + 2;
            Dashes.Pieces pieces = state.smooth
                    ? (x0, y0, x1, y1, squareStart, squareEnd) -> lines.dashPiece(x0, y0, x1, y1, pixels, squareStart,
                            squareEnd, clipX0, clipY0, clipX1, clipY1)
                    : (x0, y0, x1, y1, squareStart, squareEnd) -> plainLine(x0, y0, x1, y1, width, argb);
            path.walk(state.scale, state.tx, state.ty, state.smooth, new Dashes(dashes, clipX0 - reach, clipY0 - reach,
                    clipX1 + reach, clipY1 + reach, pieces));
            if (state.smooth) {
                lines.paintPath(argb);
            }
            return;
        }
        if (state.smooth || state.dashed() || pixels > WIDEST) {
            path.replay(java2d);
            java2d.strokePath();
            return;
        }
        if (width == 1 && path.segments() > DENSITY_SEGMENTS) {
            // Squares anchored at the model's origin: strips of a picture painted apart count the same squares.
            density.countInSquares(state.inkSquares, (long) Math.floor(state.tx), (long) Math.floor(state.ty));
            path.walk(state.scale, state.tx, state.ty, false,
                    (x0, y0, x1, y1) -> density.add(x0, y0, x1, y1, clipX0, clipY0, clipX1, clipY1));
            density.paintOnto(raster, state.stroke, state.alpha);
            return;
        }
        path.walk(state.scale, state.tx, state.ty, false, (x0, y0, x1, y1) -> plainLine(x0, y0, x1, y1, width, argb));
    }

    /** A line without anti-aliasing, {@code width} pixels wide: that many one-pixel lines side by side across it. */
    private void plainLine(double x0, double y0, double x1, double y1, int width, int argb) {
        boolean flat = Math.abs(x1 - x0) >= Math.abs(y1 - y0);
        for (int k = 0; k < width; k++) {
            double offset = k - (width - 1) / 2.0;
            double ox = flat ? 0 : offset;
            double oy = flat ? offset : 0;
            raster.blendLine(x0 + ox, y0 + oy, x1 + ox, y1 + oy, argb, clipX0, clipY0, clipX1, clipY1, linePixels);
        }
    }

    /**
     * Text goes to Java2D in pixels, its size on screen rounded to a quarter of a pixel (see
     * {@link Java2dSurface#textInPixels}), unless it lies wholly above or below the clip (a band of the picture):
     * text is centred on y, and no glyph reaches more than its size above or below that.
     */
    @Override
    public void text(String text, double x, double y, TextAnchor anchor, double size, boolean bold) {
        double middle = y * state.scale + state.ty;
        double reach = Math.abs(size * state.scale) * TEXT_REACH + 2;
        if (middle + reach < clipY0 || middle - reach > clipY1) {
            return;
        }
        java2d.textInPixels(text, x * state.scale + state.tx, middle, anchor, size * state.scale, bold);
    }

    /**
     * What save and restore keep: the transform (pixel = model * scale + t), opacity, colours and line style.
     * Mutable, so that setting a colour costs no allocation; {@link #save()} keeps a copy.
     */
    private static final class State {
        private double scale = 1;
        private double tx;
        private double ty;
        private double alpha = 1;
        private Rgba fill = Rgba.hex("#000000");
        private Rgba stroke = Rgba.hex("#000000");
        private double strokeWidth = 1;
        private double[] dashes = NO_DASHES;
        private boolean smooth = true;
        private int inkSquares = 1;

        State copy() {
            State c = new State();
            c.scale = scale;
            c.tx = tx;
            c.ty = ty;
            c.alpha = alpha;
            c.fill = fill;
            c.stroke = stroke;
            c.strokeWidth = strokeWidth;
            c.dashes = dashes;
            c.smooth = smooth;
            c.inkSquares = inkSquares;
            return c;
        }

        boolean dashed() {
            return dashes.length > 0;
        }

        /**
         * The dash pattern in pixels, or null when it is not one {@link Dashes} can cut: a negative length, or a
         * pattern whose period is under two pixels (Java2D draws that, a dash per pixel).
         */
        double[] dashesInPixels() {
            double[] pixels = new double[dashes.length];
            double period = 0;
            for (int i = 0; i < dashes.length; i++) {
                pixels[i] = dashes[i] * scale;
                if (!(pixels[i] >= 0)) {
                    return null;
                }
                period += pixels[i];
            }
            return period >= 2 ? pixels : null;
        }
    }
}
