package dev.blastmap.layout;

/**
 * Measures how wide a line of text is drawn, so that layouts can size boxes to their labels without a UI
 * toolkit. Surfaces that know their fonts may inject a precise measurer; {@link #approximate()} is close
 * enough for a sans-serif UI font.
 */
@FunctionalInterface
public interface TextMeasurer {

    /** The width of {@code text} set in a font of {@code size} pixels, bold or regular. */
    double width(String text, double size, boolean bold);

    /** Estimates widths from per-character classes of a typical sans-serif font (Inter, Segoe UI, DejaVu Sans). */
    static TextMeasurer approximate() {
        return ApproximateTextMeasurer.INSTANCE;
    }
}
