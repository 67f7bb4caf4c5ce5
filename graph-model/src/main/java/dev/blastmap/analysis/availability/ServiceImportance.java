package dev.blastmap.analysis.availability;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;

/**
 * The "fix this first" list of one customer-facing service: every unreliable component of its upstream cone,
 * largest share of its downtime first (criticality), then highest Birnbaum importance, then highest RAW, then id.
 *
 * @param service    the customer-facing service
 * @param method     how the figures were found
 * @param components the components, most important first
 * @param samples    the sampled scenarios the Birnbaum importances were estimated from; 0 when exact
 */
public record ServiceImportance(ServiceId service, Method method, List<ComponentImportance> components,
                                long samples) {

    /** Copies the list. */
    public ServiceImportance {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        components = List.copyOf(components);
        if (samples < 0 || (method == Method.EXACT && samples != 0)) {
            throw new IllegalArgumentException("exact importance has no samples: " + samples);
        }
    }

    /** Importance with no samples: exact, or sampled with nothing to list. */
    public ServiceImportance(ServiceId service, Method method, List<ComponentImportance> components) {
        this(service, method, components, 0);
    }
}
