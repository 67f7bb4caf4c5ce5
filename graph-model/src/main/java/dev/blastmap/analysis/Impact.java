package dev.blastmap.analysis;

import java.util.List;
import dev.blastmap.model.ServiceId;

/**
 * What a knockout costs.
 *
 * @param down               services down, knocked out included: |D|
 * @param collateral         services down that were not knocked out: |D \ K|
 * @param weighted           the sum of the weights of the down services
 * @param customerFacingDown the customer-facing services that are down, by id
 */
public record Impact(int down, int collateral, double weighted, List<ServiceId> customerFacingDown) {

    /** Validates the impact and copies the list. */
    public Impact {
        customerFacingDown = List.copyOf(customerFacingDown);
        if (collateral < 0 || collateral > down) {
            throw new IllegalArgumentException("collateral must be from 0 to down");
        }
    }
}
