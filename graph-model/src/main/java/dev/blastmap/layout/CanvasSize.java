package dev.blastmap.layout;

/**
 * The size of the app's graph canvas, in pixels, in a window of a given size as a user first sees it after
 * opening a graph: the left tabs open, the right tabs folded into their strip, nothing selected. The layered
 * layout shapes its drawings for the 1440 × 900 one; the app's {@code SidePanelsTest} measures the real window
 * and fails when these drift from it.
 *
 * @param width  the canvas's width
 * @param height the canvas's height
 */
public record CanvasSize(double width, double height) {

    /** The width the window keeps beside the canvas: the left tabs at their narrowest, a divider, the strip. */
    static final double BESIDE = 312;
    /** The height the window keeps above and below the canvas: menus, tool bar, walkthrough and timeline. */
    static final double ABOVE_AND_BELOW = 221;

    /** The canvas of a 1440 × 900 window, which the layered layout shapes its drawings for. */
    public static final CanvasSize WINDOW_1440_BY_900 = ofWindow(1440, 900);

    /** A size; both sides positive. */
    public CanvasSize {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a canvas has a positive size, not " + width + " × " + height);
        }
    }

    /** The canvas of a window of this size (at least 900 × 600, the window's smallest). */
    public static CanvasSize ofWindow(double windowWidth, double windowHeight) {
        return new CanvasSize(windowWidth - BESIDE, windowHeight - ABOVE_AND_BELOW);
    }

    /**
     * The zoom at which the app shows the whole of a drawing with these bounds in this canvas: a 32-pixel margin
     * all round, and never closer than 1.
     */
    public double fittedZoom(Box bounds) {
        return Math.min(1, Math.min((width - 64) / Math.max(1, bounds.width()), (height - 64) / Math.max(1, bounds.height())));
    }
}
