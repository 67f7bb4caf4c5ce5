package dev.blastmap.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A resilience policy: the rules a graph must satisfy, in file order.
 *
 * @param source where it was read from (a file name, or {@code <stdin>}), for messages
 * @param rules  at least one, with distinct ids
 */
public record Policy(String source, List<Rule> rules) {

    /** Validates the policy and copies the rules. */
    public Policy {
        Objects.requireNonNull(source, "source");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a policy needs at least one rule");
        }
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("two rules have the id " + rule.id());
            }
        }
    }

    /** The rule with this id, if there is one. */
    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
