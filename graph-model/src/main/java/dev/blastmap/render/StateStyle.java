package dev.blastmap.render;

import java.util.Objects;

/**
 * How services in one state look. Every state differs from the others by more than colour, so that it can be
 * told apart in grey scale and by colour-blind viewers: knocked out has a thick outline and a cross, down is
 * hatched, degraded has a dashed outline, healthy is plain.
 *
 * @param fill        the box fill
 * @param border      the outline colour
 * @param borderWidth the outline width
 * @param dashed      true for a dashed outline
 * @param hatch       the colour of diagonal hatching over the fill, or null for none
 * @param cross       true to draw a cross over the box's icon
 * @param text        the label colour
 * @param name        what the legend calls this state
 */
public record StateStyle(Rgba fill, Rgba border, double borderWidth, boolean dashed, Rgba hatch, boolean cross,
                         Rgba text, String name) {

    /** Validates the style. */
    public StateStyle {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(border, "border");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        if (!(borderWidth > 0)) {
            throw new IllegalArgumentException("border width must be positive, was " + borderWidth);
        }
    }
}
