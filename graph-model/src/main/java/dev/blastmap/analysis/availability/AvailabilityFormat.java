package dev.blastmap.analysis.availability;

import java.util.Locale;

/**
 * How availability figures read to people, the same in the command line, the app and reports: percentages
 * with enough decimals to show the first two significant digits of the unavailability (99.95%, 99.99950%),
 * downtime in the largest unit that keeps it above 1.
 */
public final class AvailabilityFormat {

    private AvailabilityFormat() {
    }

    /** The availability 1 - unavailability as a percentage: {@code 99.95%}, {@code 100%} for a service never down. */
    public static String percent(double unavailability) {
        if (unavailability <= 0) {
            return "100%";
        }
        int decimals = Math.max(2, Math.min(12, (int) Math.ceil(-Math.log10(unavailability))));
        String text = String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * (1 - unavailability));
        return text.startsWith("100.") ? String.format(Locale.ROOT, "%.12f%%", 100 * (1 - unavailability)) : text;
    }

    /** Nines, {@code -log10(unavailability)}, to one decimal: {@code 3.3}; {@code ∞} for a service never down. */
    public static String nines(double unavailability) {
        return unavailability <= 0 ? "∞" : String.format(Locale.ROOT, "%.1f", -Math.log10(unavailability));
    }

    /** Expected downtime per year, given in minutes: {@code 8.8 h}, {@code 52.6 min}, {@code 31.6 s}, {@code 0 s}. */
    public static String downtime(double minutesPerYear) {
        if (minutesPerYear >= 24 * 60) {
            return String.format(Locale.ROOT, "%.1f d", minutesPerYear / (24 * 60));
        }
        if (minutesPerYear >= 60) {
            return String.format(Locale.ROOT, "%.1f h", minutesPerYear / 60);
        }
        if (minutesPerYear >= 1) {
            return String.format(Locale.ROOT, "%.1f min", minutesPerYear);
        }
        double seconds = minutesPerYear * 60;
        return seconds >= 0.1 || seconds == 0 ? String.format(Locale.ROOT, "%.1f s", seconds).replace("0.0 s", "0 s")
                : String.format(Locale.ROOT, "%.2g s", seconds);
    }

    /**
     * A component's Birnbaum importance to three significant digits, with its 95% interval when it was estimated by
     * sampling: {@code 0.198}, {@code 0.198 (0.187–0.209)}.
     */
    public static String birnbaum(ComponentImportance c) {
        String point = String.format(Locale.ROOT, "%.3g", c.birnbaum());
        return c.birnbaumLow() == c.birnbaumHigh() ? point : point + String.format(Locale.ROOT, " (%.3g–%.3g)",
                c.birnbaumLow(), c.birnbaumHigh());
    }

    /**
     * What an importance list's figures come from, to follow its heading: empty when exact, else
     * {@code "estimated from 3,904 sampled scenarios"}.
     */
    public static String importanceSource(ServiceImportance ranking) {
        return ranking.method() == Method.EXACT ? ""
                : String.format(Locale.ROOT, "estimated from %,d sampled scenarios", ranking.samples());
    }
}
