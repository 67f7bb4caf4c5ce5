package dev.blastmap.app.canvas;

import dev.blastmap.layout.Box;
import dev.blastmap.render.LabelledFraming;

/**
 * Which part of the model a view shows: a screen point is {@code model * scale + offset}. Immutable; panning
 * and zooming make new viewports. Pure geometry, tested without the toolkit.
 *
 * @param scale   screen pixels per model unit, between {@link #MIN_SCALE} and {@link #MAX_SCALE}
 * @param offsetX where the model's x = 0 lands on screen
 * @param offsetY where the model's y = 0 lands on screen
 */
public record Viewport(double scale, double offsetX, double offsetY) {

    /** The farthest zoom out: a ten-thousand-service graph fits in a window. */
    public static final double MIN_SCALE = 0.01;
    /** The closest zoom in. */
    public static final double MAX_SCALE = 4;

    /** Validates the viewport. */
    public Viewport {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be from " + MIN_SCALE + " to " + MAX_SCALE + ", was " + scale);
        }
        if (!Double.isFinite(offsetX) || !Double.isFinite(offsetY)) {
            throw new IllegalArgumentException("offsets must be finite");
        }
    }

    /** Zoom 1 with the model's origin at the screen's top-left corner. */
    public static Viewport identity() {
        return new Viewport(1, 0, 0);
    }

    /** The screen x of a model x. */
    public double toScreenX(double modelX) {
        return modelX * scale + offsetX;
    }

    /** The screen y of a model y. */
    public double toScreenY(double modelY) {
        return modelY * scale + offsetY;
    }

    /** The model x of a screen x. */
    public double toModelX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    /** The model y of a screen y. */
    public double toModelY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** The part of the model a view of this size shows. */
    public Box visible(double viewWidth, double viewHeight) {
        return new Box(toModelX(0), toModelY(0), Math.max(0, viewWidth) / scale, Math.max(0, viewHeight) / scale);
    }

    /** This viewport moved by (dx, dy) screen pixels: the picture follows the pointer. */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, offsetX + dx, offsetY + dy);
    }

    /**
     * This viewport zoomed by {@code factor} (above 1 zooms in) about a screen point, which keeps showing the
     * same model point. The scale stays within its limits.
     */
    public Viewport zoomAt(double factor, double screenX, double screenY) {
        double next = clamp(scale * factor);
        double modelX = toModelX(screenX);
        double modelY = toModelY(screenY);
        return new Viewport(next, screenX - modelX * next, screenY - modelY * next);
    }

    /** This viewport moved so that the model point shows at the centre of a view of this size. */
    public Viewport centredOn(double modelX, double modelY, double viewWidth, double viewHeight) {
        return new Viewport(scale, viewWidth / 2 - modelX * scale, viewHeight / 2 - modelY * scale);
    }

    /**
     * The viewport that shows the whole box centred in a view of this size with {@code margin} pixels around it,
     * zoomed in no further than {@code maxScale} (so that one small service does not fill the screen).
     */
    public static Viewport fit(Box box, double viewWidth, double viewHeight, double margin, double maxScale) {
        double w = Math.max(1, viewWidth - 2 * margin);
        double h = Math.max(1, viewHeight - 2 * margin);
        double s = clamp(Math.min(maxScale, Math.min(w / Math.max(1, box.width()), h / Math.max(1, box.height()))));
        return new Viewport(s, viewWidth / 2 - box.centerX() * s, viewHeight / 2 - box.centerY() * s);
    }

    /** The viewport that shows this view (a zoom and the model point at the centre) in a view of this size. */
    public static Viewport showing(LabelledFraming.View view, double viewWidth, double viewHeight) {
        return new Viewport(clamp(view.scale()), 0, 0).centredOn(view.centerX(), view.centerY(), viewWidth, viewHeight);
    }

    /**
     * The viewport {@code t} of the way from this one to {@code target} (0 gives this one, 1 the target). The
     * zoom changes geometrically and the view's centre moves in a straight line, so animations feel even.
     */
    public Viewport interpolate(Viewport target, double t, double viewWidth, double viewHeight) {
        if (t <= 0) {
            return this;
        }
        if (t >= 1) {
            return target;
        }
        double s = clamp(Math.exp(Math.log(scale) + (Math.log(target.scale) - Math.log(scale)) * t));
        double fromX = toModelX(viewWidth / 2);
        double fromY = toModelY(viewHeight / 2);
        double toX = target.toModelX(viewWidth / 2);
        double toY = target.toModelY(viewHeight / 2);
        // Weight the centre's path by how far through the zoom we are, so the target point stays in view.
        double u = Math.abs(target.scale - scale) < 1e-9 ? t
                : (1 / s - 1 / scale) / (1 / target.scale - 1 / scale);
        double cx = fromX + (toX - fromX) * u;
        double cy = fromY + (toY - fromY) * u;
        return new Viewport(s, viewWidth / 2 - cx * s, viewHeight / 2 - cy * s);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
