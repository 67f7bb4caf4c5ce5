package dev.blastmap.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Services that went down together: the same wave (dependency hops from the knocked-out set) at the same
 * simulated time. Waves are listed in the order the failure spreads, time first, then wave.
 *
 * @param number   the wave; 0 for the knocked-out services themselves
 * @param time     the simulated time since the knockout at which they went down
 * @param services the services, by id; at least one
 */
public record Wave(int number, Duration time, List<ServiceOutcome> services) {

    /** Validates the wave and copies its services. */
    public Wave {
        Objects.requireNonNull(time, "time");
        services = List.copyOf(services);
        if (number < 0 || services.isEmpty()) {
            throw new IllegalArgumentException("a wave has a number ≥ 0 and at least one service");
        }
    }
}
