package dev.blastmap.report.check;

import dev.blastmap.policy.CheckResult;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the outcome of {@code blastmap check} in one format, as UTF-8. Output is deterministic: the same
 * graph and policy give the same bytes (no times, rules in policy order, subjects by id), so CI can compare it.
 */
public interface CheckWriter {

    /** Writes the result to a stream it does not close. */
    void write(CheckResult result, OutputStream out) throws IOException;
}
