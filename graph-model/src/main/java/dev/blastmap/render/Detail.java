package dev.blastmap.render;

/**
 * How much of a service is drawn at a zoom level: everything when labels are legible, plain boxes when they
 * are too small to read, dots when a box is a few pixels.
 *
 * @param labelAlpha how opaque labels and icons are, 0 to 1 (they fade out as the zoom drops)
 * @param boxes      true to draw boxes with outlines; false for dots
 * @param arrows     true to draw arrowheads and rounded edge corners
 */
record Detail(double labelAlpha, boolean boxes, boolean arrows) {

    /** Labels are fully drawn at or above this zoom. */
    static final double LABELS_FULL = 0.6;
    /** Labels are gone at or below this zoom. */
    static final double LABELS_GONE = 0.33;
    /** Below this zoom services are dots. */
    static final double DOTS = 0.14;

    static Detail at(double scale) {
        double t = (scale - LABELS_GONE) / (LABELS_FULL - LABELS_GONE);
        double alpha = Math.max(0, Math.min(1, t));
        return new Detail(alpha, scale >= DOTS, scale >= LABELS_GONE);
    }
}
