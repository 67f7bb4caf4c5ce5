package dev.blastmap.render;

/**
 * How much of a service is drawn at a zoom level. Close in, a card holds its kind's icon and its label at
 * the model's font size. Further out, where that text would be smaller than {@link #MIN_LABEL_PX} on
 * screen, the cards are plain and the painter places labels over them at that minimum screen size, leaving
 * out those that would collide (see {@code LabelPlacer}). Far out the labels fade, and then cards become dots.
 *
 * @param labelAlpha how opaque labels and icons are, 0 to 1 (they fade out near the dots zoom)
 * @param boxes      true to draw boxes with outlines; false for dots
 * @param arrows     true to draw arrowheads and rounded edge corners
 * @param inCard     true when labels and icons are drawn inside the cards at the model's size; false when the
 *                   painter places labels at the minimum screen size
 */
record Detail(double labelAlpha, boolean boxes, boolean arrows, boolean inCard) {

    /** The smallest label, in screen pixels, that people read without effort. */
    static final double MIN_LABEL_PX = 11.5;
    /** At or above this zoom, labels sit inside the cards with icons (13 px × 0.85 ≈ 11 px on screen). */
    static final double IN_CARD = 0.85;
    /** Placed labels are fully opaque at or above this zoom. */
    static final double LABELS_FULL = 0.2;
    /** Below this zoom services are dots and no label is drawn. */
    static final double DOTS = 0.14;

    static Detail at(double scale) {
        return at(scale, MIN_LABEL_PX);
    }

    /**
     * The detail at this zoom when labels must be at least {@code labelPixels} high on screen: cards hold their
     * labels from the zoom at which the card's own text is about that size.
     */
    static Detail at(double scale, double labelPixels) {
        double t = (scale - DOTS) / (LABELS_FULL - DOTS);
        double alpha = Math.max(0, Math.min(1, t));
        return new Detail(alpha, scale >= DOTS, scale >= 0.33, scale >= IN_CARD * labelPixels / MIN_LABEL_PX);
    }
}
