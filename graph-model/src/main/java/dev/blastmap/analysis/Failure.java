package dev.blastmap.analysis;

import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.Objects;

/**
 * How and when one service went down.
 *
 * @param id     the service
 * @param time   the earliest simulated time at which it fails; zero for knocked-out services
 * @param wave   dependency hops from the knocked-out set along the cause chain; 0 for knocked-out services
 * @param cause  the member whose failure broke the clause that took it down; null for knocked-out services
 * @param clause the index in {@code dependsOn} of that clause; -1 for knocked-out services
 */
public record Failure(ServiceId id, Duration time, int wave, ServiceId cause, int clause) {

    /** Validates the failure. */
    public Failure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        if (wave < 0 || time.isNegative()) {
            throw new IllegalArgumentException("wave and time must not be negative");
        }
        if ((cause == null) != (clause < 0) || (cause == null) != (wave == 0)) {
            throw new IllegalArgumentException("a knocked-out service has wave 0, no cause and no clause; others have all three");
        }
    }

    /** True for members of the knocked-out set. */
    public boolean knockedOut() {
        return cause == null;
    }
}
