package dev.blastmap.app.spread;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.model.ServiceId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A knockout and its spread: the knocked-out set, its blast radius and the frames to replay it, computed
 * once. (Not {@link dev.blastmap.analysis.Knockout}, the engine's input.)
 *
 * @param knockedOut what was knocked out, in order
 * @param radius     its blast radius, or null when nothing is knocked out
 * @param plan       the frames of the spread
 * @param animate    true if the view should replay the spread, false to show its end at once (undo, redo)
 */
public record KnockoutSpread(Set<ServiceId> knockedOut, BlastRadius radius, SpreadPlan plan, boolean animate) {

    /** Copies the set. */
    public KnockoutSpread {
        knockedOut = Collections.unmodifiableSet(new LinkedHashSet<>(knockedOut));
        Objects.requireNonNull(plan, "plan");
    }

    /** Nothing knocked out. */
    public static KnockoutSpread none() {
        return new KnockoutSpread(Set.of(), null, SpreadPlan.none(), false);
    }

    /** True if something is knocked out. */
    public boolean isActive() {
        return !knockedOut.isEmpty();
    }
}
