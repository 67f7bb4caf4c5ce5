package dev.blastmap.app.edit;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delays as people type them: {@code 0}, {@code 30s}, {@code 10m}, {@code 2h}, {@code 1h30m}, or ISO-8601
 * ({@code PT10M}); and back, in the same short form.
 */
final class DelayText {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?\\s*(?:(\\d+)\\s*s)?");

    private DelayText() {
    }

    /** The delay typed, or empty when it cannot be read. Blank means none. */
    static Optional<Duration> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty() || t.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        if (t.startsWith("pt")) {
            try {
                Duration d = Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
                return d.isNegative() ? Optional.empty() : Optional.of(d);
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher m = SHORT.matcher(t);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            return Optional.empty();
        }
        long seconds = 0;
        seconds += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600;
        seconds += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60;
        seconds += m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** A delay in the short form: {@code 1h30m}, {@code 10m}, {@code 45s}, {@code 0}. */
    static String format(Duration d) {
        if (d.isZero()) {
            return "0";
        }
        StringBuilder b = new StringBuilder();
        long h = d.toHours();
        long m = d.toMinutesPart();
        long s = d.toSecondsPart();
        if (h > 0) {
            b.append(h).append('h');
        }
        if (m > 0) {
            b.append(m).append('m');
        }
        if (s > 0) {
            b.append(s).append('s');
        }
        return b.toString();
    }
}
