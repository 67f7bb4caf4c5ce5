package dev.blastmap.policy;

import java.util.List;
import java.util.Objects;

/**
 * What one rule found: a finding per subject, in a stable order (services and domains by id).
 *
 * @param rule     the rule
 * @param findings one per subject checked; subjects the rule excepts are not checked
 */
public record RuleOutcome(Rule rule, List<Finding> findings) {

    /** Validates the outcome and copies the findings. */
    public RuleOutcome {
        Objects.requireNonNull(rule, "rule");
        findings = List.copyOf(findings);
    }

    /** The findings whose subject breaks the rule, in order. */
    public List<Finding> failures() {
        return findings.stream().filter(f -> !f.passed()).toList();
    }

    /** True if every subject satisfies the rule. */
    public boolean passed() {
        return findings.stream().allMatch(Finding::passed);
    }

    /** True if the rule is broken and its severity is error: the check fails. */
    public boolean failsTheCheck() {
        return !passed() && rule.severity() == Severity.ERROR;
    }
}
