package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Collection;

/**
 * A knockout's exact blast radius beside its upper bound by plain reachability, so that users see how much
 * their redundancy saves: {@code couldBeAffected} counts every service that depends, directly or through others,
 * hard or soft, on a knocked-out service (the knocked-out ones included), as if no redundancy held;
 * {@code down} and {@code degraded} are what the engine finds.
 *
 * @param down            services down, the knocked-out ones included
 * @param degraded        services up but degraded
 * @param couldBeAffected services that could ever be affected, at least {@code down + degraded}
 */
public record BlastRadiusBound(int down, int degraded, int couldBeAffected) {

    /** Validates the counts. */
    public BlastRadiusBound {
        if (down < 0 || degraded < 0 || couldBeAffected < down + degraded) {
            throw new IllegalArgumentException("counts must be ≥ 0 and the bound at least down + degraded: "
                    + down + ", " + degraded + ", " + couldBeAffected);
        }
    }

    /** The exact radius of knocking out {@code knockedOut} in {@code engine}'s graph, and its bound. */
    public static BlastRadiusBound of(PropagationEngine engine, Collection<ServiceId> knockedOut) {
        return of(engine.graph(), engine.knockOut(knockedOut));
    }

    /** The bound of a radius already computed on {@code graph}. */
    public static BlastRadiusBound of(Graph graph, BlastRadius radius) {
        int bound = Reachability.couldBeAffected(graph, radius.knockedOut()).size();
        return new BlastRadiusBound(radius.down().size(), radius.degraded().size(), bound);
    }

    /** Services that could have been affected and were not: what redundancy and soft dependencies save. */
    public int spared() {
        return couldBeAffected - down - degraded;
    }
}
