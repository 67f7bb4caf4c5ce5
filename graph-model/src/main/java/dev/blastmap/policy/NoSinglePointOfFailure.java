package dev.blastmap.policy;

import java.util.Objects;

/**
 * {@code noSinglePointOfFailure: SELECTOR}: no service other than itself takes a matched service down when
 * knocked out alone. Subjects: every matched service. Exceptions name matched services that are not checked
 * and services whose loss is an accepted risk.
 *
 * @param settings id, severity, exceptions, position
 * @param selector which services must have no single point of failure
 */
public record NoSinglePointOfFailure(RuleSettings settings, ServiceSelector selector) implements Rule {

    /** The key in a policy file. */
    public static final String KIND = "noSinglePointOfFailure";

    /** Validates the rule. */
    public NoSinglePointOfFailure {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(selector, "selector");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String text() {
        return KIND + ": " + selector;
    }

    @Override
    public String description() {
        return "no other service's loss alone takes down " + selector.description();
    }
}
