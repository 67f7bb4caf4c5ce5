package dev.blastmap.policy;

import java.util.Objects;

/**
 * {@code noCommonCause: true}: the common-cause audit finds no redundancy that isn't (replicas that all
 * depend on one service), checked with {@code CommonCauseAudit}.
 *
 * @param settings id, severity, exceptions, position
 */
public record NoCommonCause(RuleSettings settings) implements Rule {

    /** The key in a policy file. */
    public static final String KIND = "noCommonCause";

    /** Validates the rule. */
    public NoCommonCause {
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String text() {
        return KIND + ": true";
    }

    @Override
    public String description() {
        return "no redundancy shares a common cause";
    }
}
