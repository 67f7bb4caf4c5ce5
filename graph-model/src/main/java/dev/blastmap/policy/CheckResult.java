package dev.blastmap.policy;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a graph against a policy.
 *
 * @param graphSource  where the graph was read from, as given (a path, or {@code <stdin>})
 * @param policySource where the policy was read from
 * @param serviceCount how many services the graph has
 * @param outcomes     one per rule, in policy order
 */
public record CheckResult(String graphSource, String policySource, int serviceCount, List<RuleOutcome> outcomes) {

    /** Validates the result and copies the outcomes. */
    public CheckResult {
        Objects.requireNonNull(graphSource, "graphSource");
        Objects.requireNonNull(policySource, "policySource");
        outcomes = List.copyOf(outcomes);
    }

    /** True unless a rule of severity error is broken: the exit status is then 0. */
    public boolean passed() {
        return outcomes.stream().noneMatch(RuleOutcome::failsTheCheck);
    }

    /** How many rules are broken, whatever their severity. */
    public long brokenRules() {
        return outcomes.stream().filter(o -> !o.passed()).count();
    }

    /** How many subjects break a rule, over all rules. */
    public long failures() {
        return outcomes.stream().mapToLong(o -> o.failures().size()).sum();
    }
}
