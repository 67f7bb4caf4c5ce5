package dev.blastmap.report;

import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one service in the reported knockout, and what its own failure would cost.
 *
 * @param service    the service as the graph describes it
 * @param state      its state after the knockout
 * @param failure    how and when it went down; null when it is up
 * @param causeChain the service, its cause, the cause's cause, ... ending in a knocked-out service; empty when up
 * @param ownFailure what knocking out this service alone would cost (its row of the SPOF ranking)
 */
public record ServiceOutcome(Service service, ServiceState state, Failure failure, List<ServiceId> causeChain,
                             SpofEntry ownFailure) {

    /** Validates the outcome and copies the chain. */
    public ServiceOutcome {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ownFailure, "ownFailure");
        causeChain = List.copyOf(causeChain);
        boolean down = state == ServiceState.DOWN || state == ServiceState.KNOCKED_OUT;
        if (down != (failure != null) || down == causeChain.isEmpty()) {
            throw new IllegalArgumentException(service.id() + ": a down service has a failure and a cause chain, an up one neither");
        }
        if (!ownFailure.id().equals(service.id())) {
            throw new IllegalArgumentException("the SPOF figures of " + ownFailure.id() + " do not belong to " + service.id());
        }
    }

    /** The service's id. */
    public ServiceId id() {
        return service.id();
    }

    /** How it went down, or empty when it is up. */
    public Optional<Failure> failureIfDown() {
        return Optional.ofNullable(failure);
    }

    /** True when it is down or knocked out. */
    public boolean isDown() {
        return failure != null;
    }
}
