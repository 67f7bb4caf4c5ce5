package dev.blastmap.app.spread;

import java.time.Duration;

/** Writes simulated times and delays the way people say them: {@code 45 s}, {@code 10 min}, {@code 2 h 5 min}. */
public final class SimulatedTime {

    private SimulatedTime() {
    }

    /** The duration in words; zero is {@code 0 s}. */
    public static String format(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        StringBuilder sb = new StringBuilder();
        if (hours > 0) {
            sb.append(hours).append(" h");
        }
        if (minutes > 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(minutes).append(" min");
        }
        if (rest > 0 && hours == 0) {
            sb.append(' ').append(rest).append(" s");
        }
        return sb.toString();
    }

    /** {@code T+10 min}, the clock label of the timeline. */
    public static String clock(Duration d) {
        return "T+" + format(d);
    }
}
