package dev.blastmap.analysis.availability;

import java.util.List;
import java.util.Objects;

/**
 * What {@link AvailabilityAnalysis} found.
 *
 * @param services   every service of the graph, in file order
 * @param importance for each customer-facing service, in file order, its components by importance: every
 *                   unreliable one upstream, exact when its figure is exact and estimated from sampled scenarios
 *                   when it is sampled (see docs/availability.md); none when no sampled scenario took it down
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
