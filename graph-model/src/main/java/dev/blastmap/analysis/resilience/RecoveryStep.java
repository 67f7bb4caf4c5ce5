package dev.blastmap.analysis.resilience;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;

/**
 * One step of a recovery plan: bring one knocked-out service back, and what comes back up with it.
 *
 * @param restore                   the knocked-out service brought back in this step
 * @param upAgain                   the services down before this step and up after it, sorted by id; without
 *                                  {@code restore} when it still needs a service restored later
 * @param customerFacingWeightUp    the weight of the customer-facing services in {@code upAgain}
 * @param customerFacingWeightDown  the weight of the customer-facing services still down after this step
 * @param weightDown                the weight of all services still down after this step
 */
public record RecoveryStep(ServiceId restore, List<ServiceId> upAgain, double customerFacingWeightUp,
                           double customerFacingWeightDown, double weightDown) {

    /** Validates the step and copies the list. */
    public RecoveryStep {
        Objects.requireNonNull(restore, "restore");
        upAgain = List.copyOf(upAgain);
    }

    /** True if the restored service itself is up after this step (it needs nothing restored later). */
    public boolean restoredServiceIsUp() {
        return upAgain.contains(restore);
    }
}
