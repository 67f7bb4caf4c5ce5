package dev.blastmap.analysis.resilience;

import java.util.Objects;

/**
 * One change and what it does to the graph's resilience, before and after.
 *
 * @param change         the change
 * @param impactBefore   total weighted single-fault impact before: the sum over every service of the weighted
 *                       impact of knocking it out alone
 * @param impactAfter    the same after the change
 * @param cutSetsBefore  minimal cut sets of exactly two services of all customer-facing services together
 *                       before, or -1 when not counted (see {@link WhatIf#CUT_SETS_UP_TO})
 * @param cutSetsAfter   the same after the change, or -1 when not counted
 */
public record WhatIfSuggestion(Change change, double impactBefore, double impactAfter, int cutSetsBefore,
                               int cutSetsAfter) {

    /** Validates the suggestion. */
    public WhatIfSuggestion {
        Objects.requireNonNull(change, "change");
        if ((cutSetsBefore < 0) != (cutSetsAfter < 0)) {
            throw new IllegalArgumentException("cut sets are counted before and after, or neither");
        }
    }

    /** How much the change lowers the total weighted single-fault impact. */
    public double impactReduction() {
        return impactBefore - impactAfter;
    }

    /** True if the order-2 cut sets were counted. */
    public boolean cutSetsCounted() {
        return cutSetsBefore >= 0;
    }
}
