package dev.blastmap.render;

import java.util.Locale;

/**
 * A colour: red, green and blue from 0 to 255 and an opacity from 0 (clear) to 1 (opaque).
 *
 * @param red   0 to 255
 * @param green 0 to 255
 * @param blue  0 to 255
 * @param alpha 0 to 1
 */
public record Rgba(int red, int green, int blue, double alpha) {

    /** Validates the colour. */
    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels run from 0 to 255: " + red + "," + green + "," + blue);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha runs from 0 to 1, was " + alpha);
        }
    }

    /** Parses {@code #rrggbb} or {@code #rrggbbaa}. */
    public static Rgba hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("a colour is #rrggbb or #rrggbbaa, was " + hex);
        }
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
        return new Rgba(r, g, b, a);
    }

    /** This colour with another opacity. */
    public Rgba withAlpha(double newAlpha) {
        return new Rgba(red, green, blue, Math.max(0, Math.min(1, newAlpha)));
    }

    /** This colour with its opacity multiplied by {@code factor}. */
    public Rgba fade(double factor) {
        return withAlpha(alpha * factor);
    }

    /** The colour {@code t} of the way from this one to {@code other}. */
    public Rgba mix(Rgba other, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Rgba((int) Math.round(red + (other.red - red) * u), (int) Math.round(green + (other.green - green) * u),
                (int) Math.round(blue + (other.blue - blue) * u), alpha + (other.alpha - alpha) * u);
    }

    /** {@code #rrggbb}, without the opacity. */
    public String rgbHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The relative luminance, from 0 (black) to 1 (white), as WCAG defines it. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return alpha >= 1 ? rgbHex() : rgbHex() + String.format(Locale.ROOT, "%02x", (int) Math.round(alpha * 255));
    }
}
