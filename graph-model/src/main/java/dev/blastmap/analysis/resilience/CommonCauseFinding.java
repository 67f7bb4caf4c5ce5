package dev.blastmap.analysis.resilience;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;

/**
 * Redundancy that isn't: a redundant clause (hard, needing fewer members than it has) and the services outside
 * it whose failure alone takes down more members than the clause can lose, so the clause breaks although it
 * was meant to survive any single failure.
 *
 * @param service      the service that owns the clause
 * @param clause       the index of the clause in the service's {@code dependsOn}
 * @param members      the clause's members, in file order
 * @param need         how many members the clause needs up
 * @param commonCauses the services, neither a member nor the owner, whose failure alone breaks the clause,
 *                     sorted by id; never empty
 */
public record CommonCauseFinding(ServiceId service, int clause, List<ServiceId> members, int need,
                                 List<ServiceId> commonCauses) {

    /** Validates the finding and copies the lists. */
    public CommonCauseFinding {
        Objects.requireNonNull(service, "service");
        members = List.copyOf(members);
        commonCauses = List.copyOf(commonCauses);
        if (clause < 0) {
            throw new IllegalArgumentException("clause must not be negative, was " + clause);
        }
        if (need < 1 || need >= members.size()) {
            throw new IllegalArgumentException("a redundant clause needs 1 to " + (members.size() - 1)
                    + " members, was " + need);
        }
        if (commonCauses.isEmpty()) {
            throw new IllegalArgumentException("a finding names at least one common cause");
        }
    }
}
