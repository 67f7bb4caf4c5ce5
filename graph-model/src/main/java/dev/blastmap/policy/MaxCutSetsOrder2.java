package dev.blastmap.policy;

import java.util.Objects;

/**
 * {@code maxCutSetsOrder2: N}: at most {@code limit} minimal pairs of services whose joint loss takes down a
 * customer-facing service (the service itself left out), counted with {@code MinimalCutSets}.
 *
 * @param settings id, severity, exceptions, position
 * @param limit    at least 0
 */
public record MaxCutSetsOrder2(RuleSettings settings, int limit) implements Rule {

    /** The key in a policy file. */
    public static final String KIND = "maxCutSetsOrder2";

    /** Validates the rule. */
    public MaxCutSetsOrder2 {
        Objects.requireNonNull(settings, "settings");
        if (limit < 0) {
            throw new IllegalArgumentException("maxCutSetsOrder2 must be at least 0, was " + limit);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String text() {
        return KIND + ": " + limit;
    }

    @Override
    public String description() {
        return "at most " + limit + " pairs of services take down a customer-facing service together";
    }
}
