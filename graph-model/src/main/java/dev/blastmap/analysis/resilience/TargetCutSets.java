package dev.blastmap.analysis.resilience;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;

/**
 * The minimal cut sets of one target up to some order: the sets of other services whose failure together takes
 * the target down, no proper subset of which does.
 *
 * @param target  the service the cut sets take down; never a member of one
 * @param cutSets each cut set sorted by id; smaller sets first, sets of one size in order of their ids
 */
public record TargetCutSets(ServiceId target, List<List<ServiceId>> cutSets) {

    /** Validates and deep-copies the cut sets. */
    public TargetCutSets {
        Objects.requireNonNull(target, "target");
        cutSets = cutSets.stream().map(List::copyOf).toList();
        for (List<ServiceId> set : cutSets) {
            if (set.isEmpty() || set.contains(target)) {
                throw new IllegalArgumentException("a cut set of " + target + " is non-empty and leaves it out: "
                        + set);
            }
        }
    }

    /** How many cut sets have exactly {@code order} services. */
    public int count(int order) {
        return (int) cutSets.stream().filter(set -> set.size() == order).count();
    }

    /** The cut sets of exactly {@code order} services. */
    public List<List<ServiceId>> ofOrder(int order) {
        return cutSets.stream().filter(set -> set.size() == order).toList();
    }
}
