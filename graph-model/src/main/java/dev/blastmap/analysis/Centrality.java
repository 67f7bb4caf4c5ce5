package dev.blastmap.analysis;

import dev.blastmap.model.ServiceId;
import java.util.Objects;

/**
 * How central a service sits in the dependency graph's structure: heuristics that network tools show, not the
 * exact cost of its failure (that is {@link SpofEntry}). A service with a high betweenness lies on many
 * dependency paths, so it may not be a single point of failure yet and still be one dependency change away.
 *
 * @param id          the service
 * @param betweenness the share of shortest dependency paths between other services that pass through it, from 0
 *                    to 1 (JGraphT's normalised betweenness on the directed graph)
 * @param pageRank    its PageRank on the dependency edges, from 0 to 1, summing to 1 over the graph: high for
 *                    services that many services, and important ones, depend on, directly or through others
 */
public record Centrality(ServiceId id, double betweenness, double pageRank) {

    /** Validates the scores. */
    public Centrality {
        Objects.requireNonNull(id, "id");
        if (!(betweenness >= 0) || !(pageRank >= 0)) {
            throw new IllegalArgumentException("scores must be ≥ 0: " + betweenness + ", " + pageRank);
        }
    }
}
