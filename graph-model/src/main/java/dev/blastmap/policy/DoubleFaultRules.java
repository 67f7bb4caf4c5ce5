package dev.blastmap.policy;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.resilience.CommonCauseAudit;
import dev.blastmap.analysis.resilience.CommonCauseFinding;
import dev.blastmap.analysis.resilience.MinimalCutSets;
import dev.blastmap.analysis.resilience.TargetCutSets;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules that need the analyses beyond single faults: {@code noCommonCause} (the common-cause audit) and
 * {@code maxCutSetsOrder2} (minimal cut sets of order 2 of the customer-facing services). Both are exact: they
 * run the audit and the cut sets of {@code dev.blastmap.analysis.resilience}, which are checked against a brute
 * force of their own.
 */
final class DoubleFaultRules {

    private DoubleFaultRules() {
    }

    /**
     * One finding per redundant clause whose redundancy a single outside service defeats; a pass for the graph
     * when there is none. {@code except} names clause owners not checked or common causes accepted.
     */
    static List<Finding> noCommonCause(NoCommonCause rule, Evidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (CommonCauseFinding f : CommonCauseAudit.of(evidence.engine(), Progress.NONE).findings()) {
            if (rule.settings().excepts(f.service().value())) {
                continue;
            }
            List<ServiceId> causes = f.commonCauses().stream().filter(c -> !rule.settings().excepts(c.value()))
                    .toList();
            if (causes.isEmpty()) {
                continue;
            }
            List<List<ServiceId>> chains = new ArrayList<>();
            for (ServiceId cause : causes.subList(0, Math.min(SingleFaultRules.CHAINS, causes.size()))) {
                BlastRadius radius = evidence.knockouts().knockOut(Set.of(cause));
                if (radius.failure(f.service()).isPresent()) {
                    chains.add(radius.causeChain(f.service()));
                }
            }
            String subject = f.service().value() + "#" + f.clause();
            String message = f.service() + " needs " + f.need() + " of " + Evidence.names(f.members(),
                    f.members().size(), SingleFaultRules.NAMED) + ", but losing " + Evidence.names(causes, causes.size(),
                    SingleFaultRules.NAMED) + " alone breaks that redundancy";
            findings.add(new Finding(subject, f.service(), false, message,
                    causes.subList(0, Math.min(SingleFaultRules.NAMED, causes.size())), chains));
        }
        if (findings.isEmpty()) {
            findings.add(Finding.pass("redundancy", null, "no redundant dependency is broken by a single service"));
        }
        return findings;
    }

    /**
     * One finding for the whole graph: the number of minimal pairs of services whose joint loss takes down a
     * customer-facing service (the service itself excluded), against the limit. {@code except} names
     * customer-facing services not checked.
     */
    static List<Finding> maxCutSetsOrder2(MaxCutSetsOrder2 rule, Evidence evidence) {
        List<ServiceId> targets = MinimalCutSets.customerFacing(evidence.graph()).stream()
                .filter(id -> !rule.settings().excepts(id.value())).toList();
        if (targets.isEmpty()) {
            return List.of(Finding.pass("customer-facing", null, "no customer-facing service to check"));
        }
        MinimalCutSets cutSets = MinimalCutSets.of(evidence.engine(), 2, targets, Progress.NONE);
        int pairs = cutSets.count(2);
        if (pairs <= rule.limit()) {
            return List.of(Finding.pass("customer-facing", null, pairsText(pairs)
                    + " a customer-facing service together, at most the " + rule.limit() + " allowed"));
        }
        List<ServiceId> named = new ArrayList<>();
        ServiceId first = null;
        for (TargetCutSets t : cutSets.targets()) {
            for (List<ServiceId> pair : t.ofOrder(2)) {
                first = first == null ? t.target() : first;
                pair.stream().filter(id -> !named.contains(id)).forEach(named::add);
            }
        }
        String message = pairsText(pairs) + " a customer-facing service together, more than the " + rule.limit() + " allowed; among them " + Evidence.names(named, named.size(), SingleFaultRules.NAMED);
        return List.of(new Finding("customer-facing", first, false, message,
                named.subList(0, Math.min(SingleFaultRules.NAMED, named.size())), List.of()));
    }

    private static String pairsText(int pairs) {
        return pairs == 1 ? "1 pair of services takes down" : pairs + " pairs of services take down";
    }
}
