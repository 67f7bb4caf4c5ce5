package dev.blastmap.analysis;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;

/**
 * How exposed one service is to single faults: which other services take it down when knocked out alone.
 *
 * @param target      the service taken down
 * @param count       how many other services take it down alone
 * @param takenDownBy the first of those services by id, at most as many as asked for; all of them when
 *                    {@code count} is no larger than that
 */
public record Exposure(ServiceId target, int count, List<ServiceId> takenDownBy) {

    /** Validates the exposure and copies the list. */
    public Exposure {
        Objects.requireNonNull(target, "target");
        takenDownBy = List.copyOf(takenDownBy);
        if (count < takenDownBy.size()) {
            throw new IllegalArgumentException("count " + count + " is below the " + takenDownBy.size() + " listed");
        }
    }

    /** True if some other service takes the target down alone: it has a single point of failure. */
    public boolean exposed() {
        return count > 0;
    }

    /** True if {@link #takenDownBy()} lists every such service. */
    public boolean complete() {
        return count == takenDownBy.size();
    }
}
