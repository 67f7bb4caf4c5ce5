package dev.blastmap.analysis;

import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The result of one knockout: which services are down, when, why, which are degraded, and the impact.
 * Immutable. See docs/semantics.md for the exact rules.
 */
public final class BlastRadius {

    private final Set<ServiceId> knockedOut;
    private final List<Failure> down;
    private final Set<ServiceId> degraded;
    private final Impact impact;
    private final Function<ServiceId, Failure> failures;

    /**
     * Makes a result.
     *
     * @param knockedOut the knocked-out set K, in the order given
     * @param down       every down service, sorted by (time, wave, id)
     * @param degraded   the degraded services, sorted by id
     * @param impact     the impact of the down set
     */
    public BlastRadius(Set<ServiceId> knockedOut, List<Failure> down, Set<ServiceId> degraded, Impact impact) {
        this(knockedOut, List.copyOf(down), degraded, impact, indexOf(down));
    }

    /** The engine's way in: it already has the failures indexed by service, so no map is built per knockout. */
    BlastRadius(Set<ServiceId> knockedOut, List<Failure> down, Set<ServiceId> degraded, Impact impact,
                Function<ServiceId, Failure> failures) {
        this.knockedOut = Collections.unmodifiableSet(new LinkedHashSet<>(knockedOut));
        this.down = Collections.unmodifiableList(down);
        this.degraded = Collections.unmodifiableSet(new LinkedHashSet<>(degraded));
        this.impact = Objects.requireNonNull(impact, "impact");
        this.failures = failures;
    }

    private static Function<ServiceId, Failure> indexOf(List<Failure> down) {
        Map<ServiceId, Failure> index = new HashMap<>();
        for (Failure f : down) {
            index.put(f.id(), f);
        }
        return index::get;
    }

    /** The knocked-out set K. */
    public Set<ServiceId> knockedOut() {
        return knockedOut;
    }

    /** Every down service, sorted by (time, wave, id): the order in which the failure spreads. */
    public List<Failure> down() {
        return down;
    }

    /** The degraded services: up, but some member of one of their clauses is down. */
    public Set<ServiceId> degraded() {
        return degraded;
    }

    /** The impact. */
    public Impact impact() {
        return impact;
    }

    /** How the service went down, or empty if it is up. */
    public Optional<Failure> failure(ServiceId id) {
        return Optional.ofNullable(failures.apply(id));
    }

    /** The state of a service. */
    public ServiceState state(ServiceId id) {
        Failure f = failures.apply(id);
        if (f != null) {
            return f.knockedOut() ? ServiceState.KNOCKED_OUT : ServiceState.DOWN;
        }
        return degraded.contains(id) ? ServiceState.DEGRADED : ServiceState.HEALTHY;
    }

    /**
     * The "why is this down" chain: the service, its cause, the cause's cause, ..., ending in a knocked-out
     * service. Empty if the service is up.
     */
    public List<ServiceId> causeChain(ServiceId id) {
        List<ServiceId> chain = new ArrayList<>();
        for (Failure f = failures.apply(id); f != null; f = f.cause() == null ? null : failures.apply(f.cause())) {
            chain.add(f.id());
        }
        return chain;
    }
}
