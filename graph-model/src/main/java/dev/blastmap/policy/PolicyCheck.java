package dev.blastmap.policy;

import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.io.Problem;
import dev.blastmap.model.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a graph against a policy, following docs/semantics.md exactly: every number in a finding is the
 * impact of the knockout it names. See each rule's type for what it demands.
 *
 * <p>Before anything is computed, the policy is checked against the graph: a selector that matches nothing in
 * the graph (a typo would otherwise make the rule pass vacuously) is a problem located in the policy file.
 */
public final class PolicyCheck {

    private PolicyCheck() {
    }

    /**
     * Checks the graph.
     *
     * @param graphSource where the graph came from, for reports
     * @throws PolicyException if a rule cannot be checked on this graph
     */
    public static CheckResult run(Graph graph, String graphSource, Policy policy) throws PolicyException {
        List<Problem> problems = problems(graph, policy);
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        Evidence evidence = new Evidence(new PropagationEngine(graph));
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (Rule rule : policy.rules()) {
            outcomes.add(new RuleOutcome(rule, evaluate(rule, evidence)));
        }
        return new CheckResult(graphSource, policy.source(), graph.size(), outcomes);
    }

    private static List<Problem> problems(Graph graph, Policy policy) {
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : policy.rules()) {
            Optional<String> why = Optional.empty();
            ServiceSelector selector = rule instanceof NoSinglePointOfFailure r ? r.selector()
                    : rule instanceof Survive r ? r.selector() : null;
            if (why.isEmpty() && selector != null && selector.domains(graph).isEmpty()) {
                why = Optional.of(rule.text() + " matches no service of the graph; check the spelling, or remove "
                        + "the rule");
            }
            why.ifPresent(message -> problems.add(Problem.error(policy.source(), rule.settings().position().line(),
                    rule.settings().position().column(), "", message)));
        }
        return problems;
    }

    private static List<Finding> evaluate(Rule rule, Evidence evidence) {
        if (rule instanceof MaxDown r) {
            return SingleFaultRules.maxDown(r, evidence);
        } else if (rule instanceof MaxWeighted r) {
            return SingleFaultRules.maxWeighted(r, evidence);
        } else if (rule instanceof NoSinglePointOfFailure r) {
            return SingleFaultRules.noSinglePointOfFailure(r, evidence);
        } else if (rule instanceof Survive r) {
            return SurviveRule.check(r, evidence);
        } else if (rule instanceof NoCommonCause r) {
            return DoubleFaultRules.noCommonCause(r, evidence);
        } else if (rule instanceof MaxCutSetsOrder2 r) {
            return DoubleFaultRules.maxCutSetsOrder2(r, evidence);
        }
        throw new IllegalStateException("no evaluation for " + rule.kind());
    }
}
