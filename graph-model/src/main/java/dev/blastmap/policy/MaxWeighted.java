package dev.blastmap.policy;

import dev.blastmap.text.PlainNumber;
import java.util.Objects;

/**
 * {@code maxWeighted: W}: no service, knocked out alone, takes down services whose weights add up to more
 * than {@code limit}. Subjects: every service, as the one knocked out.
 *
 * @param settings id, severity, exceptions (services whose loss is not checked), position
 * @param limit    finite and at least 0
 */
public record MaxWeighted(RuleSettings settings, double limit) implements Rule {

    /** The key in a policy file. */
    public static final String KIND = "maxWeighted";

    /** Validates the rule. */
    public MaxWeighted {
        Objects.requireNonNull(settings, "settings");
        if (!(limit >= 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("maxWeighted must be a finite number ≥ 0, was " + limit);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String text() {
        return KIND + ": " + PlainNumber.of(limit);
    }

    @Override
    public String description() {
        return "no single service's loss takes down more than " + PlainNumber.of(limit) + " of weight";
    }
}
