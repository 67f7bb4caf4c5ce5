package dev.blastmap.analysis.availability;

import java.util.List;
import java.util.Objects;

/**
 * What {@link AvailabilityAnalysis} found.
 *
 * @param services   every service of the graph, in file order
 * @param importance for each customer-facing service whose figure is exact, its components by importance, in
 *                   file order; customer-facing services left to Monte Carlo have none (see
 *                   docs/availability.md)
 * @param settings   the settings used
 */
public record AvailabilityResult(List<ServiceAvailability> services, List<ServiceImportance> importance,
                                 AvailabilitySettings settings) {

    /** Copies the lists. */
    public AvailabilityResult {
        services = List.copyOf(services);
        importance = List.copyOf(importance);
        Objects.requireNonNull(settings, "settings");
    }

    /** True if some figure was sampled rather than exact. */
    public boolean sampled() {
        return services.stream().anyMatch(s -> s.method() == Method.MONTE_CARLO);
    }
}
