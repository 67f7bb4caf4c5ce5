package dev.blastmap.analysis.availability;

import dev.blastmap.model.ServiceId;

/**
 * Exact availability was asked for a service whose upstream cone holds too many unreliable services: it
 * would take 2^k combinations. Bad input, not a bug: the message says what to do.
 */
public final class TooManyUnreliableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** For the service and the limit it exceeds. */
    public TooManyUnreliableException(ServiceId service, int limit) {
        super("exact availability of '" + service + "' would enumerate more than 2^" + limit
                + " combinations: more than " + limit + " unreliable services can take it down; use Monte Carlo "
                + "(leave out --exact, or give --samples N)");
    }
}
