package dev.blastmap.policy;

import java.util.Locale;

/** How much a broken rule matters: only an {@link #ERROR} fails the check (exit 1); the others are reported. */
public enum Severity {
    /** A broken rule fails the check. */
    ERROR,
    /** A broken rule is reported and annotated, but does not fail the check. */
    WARNING,
    /** A broken rule is reported as information only. */
    NOTE;

    /** The word used in policy files and in SARIF: {@code error}, {@code warning}, {@code note}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
