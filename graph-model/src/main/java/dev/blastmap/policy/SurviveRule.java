package dev.blastmap.policy;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.model.ServiceId;
import dev.blastmap.policy.ServiceSelector.Domain;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code survive} rule: each domain is knocked out with the engine (a handful of knockouts, each exact),
 * and the customer-facing services down are the failure.
 */
final class SurviveRule {

    private SurviveRule() {
    }

    static List<Finding> check(Survive rule, Evidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (Domain domain : rule.selector().domains(evidence.graph())) {
            if (rule.settings().excepts(domain.name())) {
                continue;
            }
            BlastRadius radius = evidence.knockouts().knockOut(domain.services());
            List<ServiceId> lost = radius.impact().customerFacingDown().stream()
                    .filter(id -> !rule.settings().excepts(id.value())).toList();
            int size = domain.services().size();
            String losing = "losing " + domain.name() + " (" + size + (size == 1 ? " service)" : " services)");
            if (lost.isEmpty()) {
                findings.add(Finding.pass(domain.name(), null, losing + " takes down no customer-facing service"));
                continue;
            }
            List<List<ServiceId>> chains = new ArrayList<>();
            for (ServiceId target : lost.subList(0, Math.min(SingleFaultRules.CHAINS, lost.size()))) {
                chains.add(radius.causeChain(target));
            }
            String message = losing + " takes down " + (lost.size() == 1 ? "customer-facing " + lost.get(0)
                    : lost.size() + " customer-facing services: "
                    + Evidence.names(lost, lost.size(), SingleFaultRules.NAMED));
            findings.add(new Finding(domain.name(), lost.get(0), false, message,
                    lost.subList(0, Math.min(SingleFaultRules.NAMED, lost.size())), chains));
        }
        return findings;
    }
}
