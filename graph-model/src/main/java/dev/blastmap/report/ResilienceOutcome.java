package dev.blastmap.report;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.resilience.CommonCauseAudit;
import dev.blastmap.analysis.resilience.CommonCauseFinding;
import dev.blastmap.analysis.resilience.MinimalCutSets;
import dev.blastmap.analysis.resilience.RecoveryPlan;
import dev.blastmap.analysis.resilience.TargetCutSets;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The resilience part of a report (docs/resilience.md): redundancy that isn't, the double faults of every
 * customer-facing service, and the recovery plan of the knockout. What to fix first is not included: it
 * re-ranks the graph once per change weighed, too slow for every report.
 *
 * @param findings       redundant clauses one outside failure breaks
 * @param cutSets        minimal cut sets of order 1 and 2 of every customer-facing service, in file order;
 *                       empty when not counted
 * @param cutSetsCounted false when the graph has more than {@link #CUT_SETS_UP_TO} services and the cut sets
 *                       were left out
 * @param recovery       the recovery plan of the report's knockout, or null when nothing is knocked out
 */
public record ResilienceOutcome(List<CommonCauseFinding> findings, List<TargetCutSets> cutSets,
                                boolean cutSetsCounted, RecoveryPlan recovery) {

    /** The largest graph whose cut sets a report lists. */
    public static final int CUT_SETS_UP_TO = 2000;

    /** Validates and copies the lists. */
    public ResilienceOutcome {
        findings = List.copyOf(findings);
        cutSets = List.copyOf(cutSets);
        if (!cutSetsCounted && !cutSets.isEmpty()) {
            throw new IllegalArgumentException("cut sets that were not counted must be empty");
        }
    }

    /** Works out the resilience of the graph and of this knockout. */
    static ResilienceOutcome of(Graph graph, Collection<ServiceId> knockedOut) {
        PropagationEngine engine = new PropagationEngine(graph);
        List<CommonCauseFinding> findings = CommonCauseAudit.of(engine, Progress.NONE)
                .findings();
        boolean counted = graph.size() <= CUT_SETS_UP_TO;
        List<ServiceId> customerFacing = MinimalCutSets.customerFacing(graph);
        List<TargetCutSets> cutSets = !counted || customerFacing.isEmpty() ? List.of()
                : MinimalCutSets.of(engine, 2, customerFacing, Progress.NONE).targets();
        RecoveryPlan recovery = knockedOut.isEmpty() ? null
                : RecoveryPlan.of(engine, knockedOut, Progress.NONE);
        return new ResilienceOutcome(findings, cutSets, counted, recovery);
    }

    /** The recovery plan, if something is knocked out. */
    public Optional<RecoveryPlan> recoveryPlan() {
        return Optional.ofNullable(recovery);
    }
}
