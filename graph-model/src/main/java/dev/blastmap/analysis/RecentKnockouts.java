package dev.blastmap.analysis;

import dev.blastmap.model.ServiceId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Knockouts for explaining findings, with the last sixteen kept: the same culprit (a DNS, a shared
 * database) explains the findings of many services in a row, and a blast radius can be large, so only a
 * few are kept. Not thread-safe.
 */
public final class RecentKnockouts {

    private static final int KEPT = 16;

    private final PropagationEngine engine;
    private final Map<Set<ServiceId>, BlastRadius> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<ServiceId>, BlastRadius> eldest) {
            return size() > KEPT;
        }
    };

    /** Knockouts in the engine's graph. */
    public RecentKnockouts(PropagationEngine engine) {
        this.engine = engine;
    }

    /** The blast radius of knocking out these services together. */
    public BlastRadius knockOut(Set<ServiceId> knockedOut) {
        return recent.computeIfAbsent(Set.copyOf(knockedOut), engine::knockOut);
    }

    /** Why {@code target} is down when {@code knockedOut} alone is lost: target, its cause, ..., knockedOut. */
    public List<ServiceId> chain(ServiceId knockedOut, ServiceId target) {
        return knockOut(Set.of(knockedOut)).causeChain(target);
    }
}
