package dev.blastmap.policy;

import java.util.Objects;

/**
 * {@code maxDown: N}: no service, knocked out alone, takes down more than {@code limit} services (itself
 * included). Subjects: every service, as the one knocked out.
 *
 * @param settings id, severity, exceptions (services whose loss is not checked), position
 * @param limit    at least 1
 */
public record MaxDown(RuleSettings settings, int limit) implements Rule {

    /** The key in a policy file. */
    public static final String KIND = "maxDown";

    /** Validates the rule. */
    public MaxDown {
        Objects.requireNonNull(settings, "settings");
        if (limit < 1) {
            throw new IllegalArgumentException("maxDown must be at least 1, was " + limit);
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
        return "no single service's loss takes down more than " + limit + (limit == 1 ? " service" : " services");
    }
}
