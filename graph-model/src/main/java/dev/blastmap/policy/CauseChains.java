package dev.blastmap.policy;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.model.ServiceId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Knockouts for explaining findings, with the last few kept: the same culprit (a DNS, a shared database)
 * explains the findings of many protected services in a row. Not thread-safe.
 */
final class CauseChains {

    private static final int KEPT = 16;

    private final PropagationEngine engine;
    private final Map<Set<ServiceId>, BlastRadius> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<ServiceId>, BlastRadius> eldest) {
            return size() > KEPT;
        }
    };

    CauseChains(PropagationEngine engine) {
        this.engine = engine;
    }

    /** The blast radius of knocking out these services together. */
    BlastRadius knockOut(Set<ServiceId> knockedOut) {
        return recent.computeIfAbsent(Set.copyOf(knockedOut), engine::knockOut);
    }

    /** Why {@code target} is down when {@code knockedOut} alone is lost: target, its cause, ..., knockedOut. */
    List<ServiceId> chain(ServiceId knockedOut, ServiceId target) {
        return knockOut(Set.of(knockedOut)).causeChain(target);
    }
}
