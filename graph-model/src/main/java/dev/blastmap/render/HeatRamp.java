package dev.blastmap.render;

/**
 * The colours of a heat map over the cards: a heat from 0 (cool, green) through 0.5 (amber) to 1 (hot, red).
 * Card fills are pale on a light theme and deep on a dark one, so the label keeps its contrast; the solid
 * colours are for cards drawn as plain boxes when zoomed far out, where only the colour is seen.
 */
public final class HeatRamp {

    private static final Rgba[] LIGHT = {Rgba.hex("#bbf7d0"), Rgba.hex("#fde68a"), Rgba.hex("#fca5a5")};
    private static final Rgba[] DARK = {Rgba.hex("#14532d"), Rgba.hex("#713f12"), Rgba.hex("#7f1d1d")};
    private static final Rgba[] SOLID = {Rgba.hex("#22c55e"), Rgba.hex("#f59e0b"), Rgba.hex("#ef4444")};

    private HeatRamp() {
    }

    /** The fill of a card of this heat (clamped to 0..1) on this theme. */
    public static Rgba fill(Theme theme, double heat) {
        return along(theme.darkBackground() ? DARK : LIGHT, heat);
    }

    /** The solid colour of this heat, for a card too small for a label. */
    public static Rgba solid(double heat) {
        return along(SOLID, heat);
    }

    private static Rgba along(Rgba[] stops, double heat) {
        double h = Double.isNaN(heat) ? 0 : Math.max(0, Math.min(1, heat));
        return h <= 0.5 ? stops[0].mix(stops[1], 2 * h) : stops[1].mix(stops[2], 2 * h - 1);
    }
}
