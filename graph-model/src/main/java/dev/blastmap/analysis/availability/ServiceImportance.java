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
 */
public record ServiceImportance(ServiceId service, Method method, List<ComponentImportance> components) {

    /** Copies the list. */
    public ServiceImportance {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        components = List.copyOf(components);
    }
}
