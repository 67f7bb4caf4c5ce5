package dev.blastmap.app.canvas;

import dev.blastmap.model.ServiceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Services that just changed state and pulse for a moment: when each began, and how strong each pulse is at a
 * given time (1 when it begins, fading to 0). Time is in nanoseconds, from {@link System#nanoTime()} or any
 * other clock, so that it is tested without one.
 */
final class Pulses {

    /** How long a pulse lasts. */
    static final long DURATION_NANOS = 900_000_000L;
    /**
     * No more pulses than this run at once: a ring around each of thousands is only noise, and each ring is
     * painted smoothed in every frame.
     */
    static final int MAX_AT_ONCE = 600;

    private final Map<ServiceId, Long> starts = new HashMap<>();

    /** Makes these services pulse from {@code now}. */
    void start(Collection<ServiceId> ids, long now) {
        ids.forEach(id -> starts.put(id, now));
    }

    /**
     * Makes these services pulse from {@code now}, unless that would make more than {@link #MAX_AT_ONCE} pulses
     * run at once.
     */
    void startIfFew(Collection<ServiceId> changed, long now) {
        starts.values().removeIf(start -> now - start > DURATION_NANOS);
        if (starts.size() + changed.size() <= MAX_AT_ONCE) {
            start(changed, now);
        }
    }

    /** The strength of each pulse still running at {@code now}; forgets those that ended. */
    Map<ServiceId, Double> at(long now) {
        starts.values().removeIf(start -> now - start > DURATION_NANOS);
        Map<ServiceId, Double> strengths = new HashMap<>();
        starts.forEach((id, start) -> strengths.put(id, 1 - Math.max(0, now - start) / (double) DURATION_NANOS));
        return strengths;
    }

    /** True if no pulse is running. */
    boolean isEmpty() {
        return starts.isEmpty();
    }

    /** Stops every pulse. */
    void clear() {
        starts.clear();
    }
}
