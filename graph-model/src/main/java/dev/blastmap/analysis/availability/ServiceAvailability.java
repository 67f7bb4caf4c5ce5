package dev.blastmap.analysis.availability;

import dev.blastmap.model.ServiceId;
import java.util.Objects;

/**
 * What the graph makes of one service's availability: the probability that it is up in steady state, neither
 * failed on its own nor taken down through its hard dependencies, failures of services being independent.
 *
 * @param id             the service
 * @param unavailability the probability that it is down, from 0 to 1; kept rather than the availability so
 *                       that figures like 1e-12 keep their precision
 * @param method         how it was found
 * @param ciLow          the lower end of the 95% confidence interval of the availability; for an exact figure
 *                       the availability itself
 * @param ciHigh         the upper end; for an exact figure the availability itself
 * @param samples        the scenarios sampled for a Monte Carlo figure; 0 for an exact one
 */
public record ServiceAvailability(ServiceId id, double unavailability, Method method, double ciLow, double ciHigh,
                                  long samples) {

    /** Minutes in a year of 365.25 days, the year downtime budgets are quoted in. */
    public static final double MINUTES_PER_YEAR = 365.25 * 24 * 60;

    /** Validates the figures. */
    public ServiceAvailability {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        if (!(unavailability >= 0 && unavailability <= 1)) {
            throw new IllegalArgumentException("unavailability of " + id + " must be from 0 to 1: " + unavailability);
        }
        if (!(ciLow >= 0 && ciLow <= ciHigh && ciHigh <= 1)) {
            throw new IllegalArgumentException("bad interval for " + id + ": " + ciLow + " to " + ciHigh);
        }
        if (samples < 0 || (method == Method.EXACT) != (samples == 0)) {
            throw new IllegalArgumentException("an exact figure has no samples and a sampled one has some");
        }
    }

    /** An exact figure. */
    public static ServiceAvailability exact(ServiceId id, double unavailability) {
        double a = 1 - unavailability;
        return new ServiceAvailability(id, unavailability, Method.EXACT, a, a, 0);
    }

    /** The probability that the service is up. */
    public double availability() {
        return 1 - unavailability;
    }

    /** Expected minutes down per year of 365.25 days. */
    public double downtimeMinutesPerYear() {
        return unavailability * MINUTES_PER_YEAR;
    }

    /** The number of nines, {@code -log10(unavailability)}: 3 for 99.9%; infinite for a service never down. */
    public double nines() {
        return -Math.log10(unavailability);
    }
}
