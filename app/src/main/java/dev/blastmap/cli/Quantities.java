package dev.blastmap.cli;

import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Duration;

/** How the command line writes weights and simulated times, in text and in JSON. */
final class Quantities {

    private Quantities() {
    }

    /** A weight as JSON: a whole number without {@code .0}, else the shortest exact decimal. */
    static JsonPrimitive jsonNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            return new JsonPrimitive((long) value);
        }
        return new JsonPrimitive(value);
    }

    /** A simulated time in JSON: seconds, whole when it is a whole number of seconds. */
    static JsonPrimitive jsonSeconds(Duration time) {
        if (time.getNano() == 0) {
            return new JsonPrimitive(time.getSeconds());
        }
        return new JsonPrimitive(new BigDecimal(time.getSeconds()).add(BigDecimal.valueOf(time.getNano(), 9))
                .stripTrailingZeros());
    }

    /** A weight for people: {@code 12}, {@code 0.5}. */
    static String text(double value) {
        return jsonNumber(value).toString();
    }

    /** A simulated time for people: {@code 0s}, {@code 10m}, {@code 1h 30m}, {@code 2d 4h 5m 30s}. */
    static String text(Duration time) {
        if (time.isZero()) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        append(sb, time.toDays(), "d");
        append(sb, time.toHoursPart(), "h");
        append(sb, time.toMinutesPart(), "m");
        long millis = time.toMillisPart();
        if (millis > 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(time.toSecondsPart()).append('.')
                    .append(String.format("%03d", millis).replaceAll("0+$", "")).append('s');
        } else {
            append(sb, time.toSecondsPart(), "s");
        }
        return sb.isEmpty() ? time.toString() : sb.toString();
    }

    private static void append(StringBuilder sb, long amount, String unit) {
        if (amount > 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(amount).append(unit);
        }
    }
}
