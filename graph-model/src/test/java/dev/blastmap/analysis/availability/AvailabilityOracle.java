package dev.blastmap.analysis.availability;

import dev.blastmap.analysis.BruteForceSemantics;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oracle: availability transcribed from its definition as naively as possible. Every subset F of the
 * unreliable services is a scenario of probability ∏_{F} (1 - a) · ∏_{not F} a; a service is down in it when it
 * is in the least fixpoint "in F, or some hard clause has fewer than k members up" ({@link BruteForceSemantics},
 * the naive transcription of docs/semantics.md). Importance from its
 * definition too: the availability recomputed with the component made perfect and made always down.
 */
final class AvailabilityOracle {

    private AvailabilityOracle() {
    }

    /** Unavailability of every service, by id. */
    static Map<ServiceId, Double> unavailability(Graph graph) {
        return unavailability(graph, null, false);
    }

    /**
     * Unavailability of every service with one component forced: always down if {@code down}, else never
     * down; no component forced if {@code forced} is null.
     */
    static Map<ServiceId, Double> unavailability(Graph graph, ServiceId forced, boolean down) {
        List<Service> uncertain = new ArrayList<>();
        for (Service s : graph.services()) {
            if (s.isUnreliable() && !s.id().equals(forced)) {
                uncertain.add(s);
            }
        }
        Map<ServiceId, Double> result = new HashMap<>();
        graph.services().forEach(s -> result.put(s.id(), 0.0));
        for (long state = 0; state < 1L << uncertain.size(); state++) {
            Set<ServiceId> failed = new HashSet<>();
            double p = 1;
            for (int j = 0; j < uncertain.size(); j++) {
                Service s = uncertain.get(j);
                if ((state >>> j & 1) != 0) {
                    failed.add(s.id());
                    p *= 1 - s.availability();
                } else {
                    p *= s.availability();
                }
            }
            if (forced != null && down) {
                failed.add(forced);
            }
            for (ServiceId id : BruteForceSemantics.downSet(graph, failed)) {
                result.merge(id, p, Double::sum);
            }
        }
        return result;
    }
}
