package dev.blastmap.policy;

import java.util.Objects;

/**
 * {@code survive: SELECTOR}: knocking out everything a domain holds takes down no customer-facing service
 * (a customer-facing service inside the domain counts: it is down too). With a wildcard such as
 * {@code zone:*}, each zone is knocked out in turn. Subjects: the domains. Exceptions name domains (as
 * written, e.g. {@code zone:use1-az3}) that are not checked and customer-facing services allowed to go down.
 *
 * @param settings id, severity, exceptions, position
 * @param selector the domain, or every domain of a field
 */
public record Survive(RuleSettings settings, ServiceSelector selector) implements Rule {

    /** The key in a policy file. */
    public static final String KIND = "survive";

    /** Validates the rule. */
    public Survive {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(selector, "selector");
        if (selector.isCustomerFacing()) {
            throw new IllegalArgumentException("survive needs a domain such as zone:* or region:eu-west-1");
        }
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
        return "losing " + selector.description() + " takes down no customer-facing service";
    }
}
