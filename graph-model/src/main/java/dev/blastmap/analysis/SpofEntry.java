package dev.blastmap.analysis;

import dev.blastmap.model.ServiceId;
import java.util.List;

/**
 * One row of the SPOF ranking: what knocking out {@code id} alone would cost.
 *
 * @param id                 the service knocked out
 * @param down               services down, itself included
 * @param collateral         services down besides itself
 * @param weighted           the sum of the weights of the down services
 * @param customerFacingDown the customer-facing services that would be down, sorted by id
 */
public record SpofEntry(ServiceId id, int down, int collateral, double weighted, List<ServiceId> customerFacingDown) {

    /** Copies the list. */
    public SpofEntry {
        customerFacingDown = List.copyOf(customerFacingDown);
    }
}
