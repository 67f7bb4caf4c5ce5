package dev.blastmap.render;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The painter's {@link Surface} over a {@link PixelRaster}, for a picture painted afresh every frame. What a
 * frame draws by the thousand is done on the pixels directly: rectangles (services far out are dots) and thin
 * lines without anti-aliasing (masses of dependency lines, which are counted as {@link LineDensity} ink so
 * that dense ones darken instead of vanishing); rounded cards, group boxes, rings and thin smoothed solid lines
 * by their coverage ({@link SmoothShapes}). Everything else (dashed outlines, filled paths such as arrowheads
 * and icons, ovals, text, thick lines) goes to a {@link Java2dSurface} painting into the same pixels.
 *
 * <p>Paths are recorded and handed to Java2D only when Java2D strokes or fills them. Not thread-safe.
 */
public final class RasterSurface implements Surface {

    /** A thin stroke path with more segments than this is counted as ink rather than blended line by line. */
    private static final int DENSITY_SEGMENTS = 256;
    private static final double THIN = 1.5;
    /** Up to this width (in pixels) a line without anti-aliasing is drawn here, as parallel one-pixel lines. */
    private static final double WIDEST = 6.5;
    /** Up to this width (in pixels) a smoothed solid line is drawn here ({@link SmoothShapes}). */
    private static final double WIDEST_SMOOTH = 4.5;
    private static final int MOVE = 0;
    private static final int LINE = 1;
    private static final int QUAD = 2;
    private static final int CURVE = 3;
    private static final int CLOSE = 4;

    private final PixelRaster raster;
    private final Graphics2D graphics;
    private final Java2dSurface java2d;
    private final LineDensity density;
    private final SmoothShapes shapes;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(1, 0, 0, 1, Rgba.hex("#000000"), Rgba.hex("#000000"), 1, false, true);
    private int clipX0;
    private int clipY0;
    private int clipX1;
    private int clipY1;
    private int[] ops = new int[64];
    private double[] coords = new double[256];
    private int opCount;
    private int coordCount;

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

    /** Lets go of the Java2D graphics. */
    public void dispose() {
        graphics.dispose();
    }

    @Override
    public void save() {
        saved.push(state);
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
        state = state.withTransform(state.scale, state.tx + dx * state.scale, state.ty + dy * state.scale);
        java2d.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        state = state.withTransform(state.scale * factor, state.tx, state.ty);
        java2d.scale(factor);
    }

    @Override
    public void setAlpha(double alpha) {
        state = new State(state.scale, state.tx, state.ty, Math.max(0, Math.min(1, alpha)), state.fill, state.stroke,
                state.strokeWidth, state.dashed, state.smooth);
        java2d.setAlpha(alpha);
    }

    @Override
    public void setFill(Rgba colour) {
        state = new State(state.scale, state.tx, state.ty, state.alpha, colour, state.stroke, state.strokeWidth,
                state.dashed, state.smooth);
        java2d.setFill(colour);
    }

    @Override
    public void setStroke(Rgba colour, double width, double... dashes) {
        state = new State(state.scale, state.tx, state.ty, state.alpha, state.fill, colour, width, dashes.length > 0,
                state.smooth);
        java2d.setStroke(colour, width, dashes);
    }

    @Override
    public void setSmoothLines(boolean smooth) {
        state = new State(state.scale, state.tx, state.ty, state.alpha, state.fill, state.stroke, state.strokeWidth,
                state.dashed, smooth);
        java2d.setSmoothLines(smooth);
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

    /** A solid outline is drawn on the pixels ({@link SmoothShapes}); a dashed one by Java2D. */
    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        if (state.dashed) {
            java2d.strokeRoundRect(x, y, width, height, radius);
            return;
        }
        double s = state.scale;
        shapes.strokeRoundRect(x * s + state.tx, y * s + state.ty, width * s, height * s, radius * s,
                state.strokeWidth * s, PixelRaster.pixel(state.stroke, state.alpha), state.smooth, clipX0, clipY0,
                clipX1, clipY1);
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
        opCount = 0;
        coordCount = 0;
    }

    @Override
    public void moveTo(double x, double y) {
        recordPoint(MOVE, x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        recordPoint(LINE, x, y);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        record(QUAD, cx, cy, x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        record(CURVE, c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        record(CLOSE);
    }

    @Override
    public void fillPath() {
        replay();
        java2d.fillPath();
    }

    /**
     * A solid line without anti-aliasing up to six pixels wide is drawn on the pixels, as that many one-pixel
     * lines side by side, curves by their chords; a one-pixel path of many segments as ink that adds up where
     * lines overlap. Anything else is stroked by Java2D.
     */
    @Override
    public void strokePath() {
        double pixels = state.strokeWidth * state.scale;
        if (state.smooth && !state.dashed && pixels <= WIDEST_SMOOTH) {
            strokeSmooth(pixels);
            return;
        }
        if (state.smooth || state.dashed || pixels > WIDEST) {
            replay();
            java2d.strokePath();
            return;
        }
        int segments = 0;
        for (int i = 0; i < opCount; i++) {
            segments += ops[i] == MOVE ? 0 : 1;
        }
        int width = pixels > THIN ? (int) Math.round(pixels) : 1;
        boolean ink = segments > DENSITY_SEGMENTS && width == 1;
        int argb = PixelRaster.pixel(state.stroke, state.alpha);
        double s = state.scale;
        double startX = 0;
        double startY = 0;
        double atX = 0;
        double atY = 0;
        int c = 0;
        for (int i = 0; i < opCount; i++) {
            int op = ops[i];
            double toX = atX;
            double toY = atY;
            switch (op) {
                case MOVE -> {
                    atX = coords[c] * s + state.tx;
                    atY = coords[c + 1] * s + state.ty;
                    startX = atX;
                    startY = atY;
                    c += 2;
                    continue;
                }
                case LINE -> c += 2;
                case QUAD -> c += 4;
                case CURVE -> c += 6;
                default -> {
                    toX = startX;
                    toY = startY;
                }
            }
            if (op != CLOSE) {
                toX = coords[c - 2] * s + state.tx;
                toY = coords[c - 1] * s + state.ty;
            }
            if (ink) {
                density.add(atX, atY, toX, toY, clipX0, clipY0, clipX1, clipY1);
            } else {
                // A wider line is as many one-pixel lines side by side across its longer axis.
                boolean flat = Math.abs(toX - atX) >= Math.abs(toY - atY);
                for (int k = 0; k < width; k++) {
                    double offset = k - (width - 1) / 2.0;
                    double ox = flat ? 0 : offset;
                    double oy = flat ? offset : 0;
                    raster.blendLine(atX + ox, atY + oy, toX + ox, toY + oy, argb, clipX0, clipY0, clipX1, clipY1);
                }
            }
            atX = toX;
            atY = toY;
        }
        if (ink) {
            density.paintOnto(raster, state.stroke, state.alpha);
        }
    }

    /** A smoothed solid line, curves by as many chords as keep them round, on the pixels. */
    private void strokeSmooth(double lineWidth) {
        double s = state.scale;
        double startX = 0;
        double startY = 0;
        double atX = 0;
        double atY = 0;
        int c = 0;
        for (int i = 0; i < opCount; i++) {
            int op = ops[i];
            if (op == MOVE) {
                atX = coords[c] * s + state.tx;
                atY = coords[c + 1] * s + state.ty;
                startX = atX;
                startY = atY;
                c += 2;
                continue;
            }
            if (op == CLOSE) {
                shapes.line(atX, atY, startX, startY, lineWidth, clipX0, clipY0, clipX1, clipY1);
                atX = startX;
                atY = startY;
                continue;
            }
            int n = op == LINE ? 2 : op == QUAD ? 4 : 6;
            double[] p = new double[n + 2];
            p[0] = atX;
            p[1] = atY;
            for (int k = 0; k < n; k++) {
                p[k + 2] = coords[c + k] * s + (k % 2 == 0 ? state.tx : state.ty);
            }
            c += n;
            double polygon = 0;
            for (int k = 2; k < p.length; k += 2) {
                polygon += Math.hypot(p[k] - p[k - 2], p[k + 1] - p[k - 1]);
            }
            int chords = op == LINE ? 1 : (int) Math.max(2, Math.min(24, Math.ceil(polygon / 3)));
            for (int k = 1; k <= chords; k++) {
                double t = k / (double) chords;
                double toX = bezier(p, 0, t);
                double toY = bezier(p, 1, t);
                shapes.line(atX, atY, toX, toY, lineWidth, clipX0, clipY0, clipX1, clipY1);
                atX = toX;
                atY = toY;
            }
        }
        shapes.paintPath(PixelRaster.pixel(state.stroke, state.alpha));
    }

    /** Coordinate {@code axis} (0 for x, 1 for y) at t of the Bézier curve with these points, two per point. */
    private static double bezier(double[] p, int axis, double t) {
        int n = p.length / 2;
        double u = 1 - t;
        return switch (n) {
            case 2 -> u * p[axis] + t * p[2 + axis];
            case 3 -> u * u * p[axis] + 2 * u * t * p[2 + axis] + t * t * p[4 + axis];
            default -> u * u * u * p[axis] + 3 * u * u * t * p[2 + axis] + 3 * u * t * t * p[4 + axis]
                    + t * t * t * p[6 + axis];
        };
    }

    @Override
    public void text(String text, double x, double y, TextAnchor anchor, double size, boolean bold) {
        java2d.text(text, x, y, anchor, size, bold);
    }

    /** Records a move or a line: the same as {@link #record}, without an array per point (masses of lines). */
    private void recordPoint(int op, double x, double y) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, opCount * 2);
        }
        if (coordCount + 2 > coords.length) {
            coords = Arrays.copyOf(coords, coords.length * 2);
        }
        ops[opCount++] = op;
        coords[coordCount++] = x;
        coords[coordCount++] = y;
    }

    private void record(int op, double... values) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, opCount * 2);
        }
        if (coordCount + values.length > coords.length) {
            coords = Arrays.copyOf(coords, Math.max(coords.length * 2, coordCount + values.length));
        }
        ops[opCount++] = op;
        System.arraycopy(values, 0, coords, coordCount, values.length);
        coordCount += values.length;
    }

    /** Hands the recorded path to Java2D. */
    private void replay() {
        java2d.beginPath();
        int c = 0;
        for (int i = 0; i < opCount; i++) {
            switch (ops[i]) {
                case MOVE -> java2d.moveTo(coords[c], coords[c + 1]);
                case LINE -> java2d.lineTo(coords[c], coords[c + 1]);
                case QUAD -> java2d.quadTo(coords[c], coords[c + 1], coords[c + 2], coords[c + 3]);
                case CURVE -> java2d.curveTo(coords[c], coords[c + 1], coords[c + 2], coords[c + 3], coords[c + 4],
                        coords[c + 5]);
                default -> java2d.closePath();
            }
            c += switch (ops[i]) {
                case MOVE, LINE -> 2;
                case QUAD -> 4;
                case CURVE -> 6;
                default -> 0;
            };
        }
    }

    /** What save and restore keep: the transform (pixel = model * scale + t), opacity, colours and line style. */
    private record State(double scale, double tx, double ty, double alpha, Rgba fill, Rgba stroke, double strokeWidth,
                         boolean dashed, boolean smooth) {

        State withTransform(double newScale, double newTx, double newTy) {
            return new State(newScale, newTx, newTy, alpha, fill, stroke, strokeWidth, dashed, smooth);
        }
    }
}
