package dev.blastmap.policy;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Exposure;
import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.SingleFaultExposure;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.model.ServiceId;
import dev.blastmap.text.PlainNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules about one service lost alone: {@code maxDown}, {@code maxWeighted} and
 * {@code noSinglePointOfFailure}. Impacts come from the bit-parallel SPOF ranking and exposures from
 * {@link SingleFaultExposure}, both exact; knockouts are run only to explain failures, for the first
 * {@link #EXPLAINED} failures of a rule.
 */
final class SingleFaultRules {

    /** Failures per rule that get cause chains; the rest name their services without chains. */
    static final int EXPLAINED = 50;
    /** Services named in one finding. */
    static final int NAMED = 20;
    /** Cause chains given in one finding. */
    static final int CHAINS = 5;

    private SingleFaultRules() {
    }

    static List<Finding> maxDown(MaxDown rule, Evidence evidence) {
        List<Finding> findings = new ArrayList<>();
        int explained = 0;
        for (SpofEntry e : evidence.singleKnockouts()) {
            if (rule.settings().excepts(e.id().value())) {
                continue;
            }
            String took = "losing " + e.id() + " takes down " + e.down() + (e.down() == 1 ? " service" : " services");
            if (e.down() <= rule.limit()) {
                findings.add(Finding.pass(e.id().value(), e.id(), took + " (at most " + rule.limit() + ")"));
            } else {
                findings.add(overLimit(e, took + ", more than the " + rule.limit() + " allowed", evidence,
                        explained++ < EXPLAINED));
            }
        }
        return findings;
    }

    static List<Finding> maxWeighted(MaxWeighted rule, Evidence evidence) {
        List<Finding> findings = new ArrayList<>();
        int explained = 0;
        String limit = PlainNumber.of(rule.limit());
        for (SpofEntry e : evidence.singleKnockouts()) {
            if (rule.settings().excepts(e.id().value())) {
                continue;
            }
            String took = "losing " + e.id() + " takes down a weight of " + PlainNumber.of(e.weighted());
            if (e.weighted() <= rule.limit()) {
                findings.add(Finding.pass(e.id().value(), e.id(), took + " (at most " + limit + ")"));
            } else {
                findings.add(overLimit(e, took + ", more than the " + limit + " allowed", evidence,
                        explained++ < EXPLAINED));
            }
        }
        return findings;
    }

    /**
     * A failed knockout: names the customer-facing services it takes down, and explains them (or, with none,
     * the service that falls last) by cause chains.
     */
    private static Finding overLimit(SpofEntry e, String message, Evidence evidence, boolean explain) {
        List<ServiceId> customerFacing = e.customerFacingDown();
        String text = customerFacing.isEmpty() ? message + "; no customer-facing service among them"
                : message + ", customer-facing among them: " + Evidence.names(customerFacing, customerFacing.size(), NAMED);
        List<List<ServiceId>> chains = explain ? evidence.knockoutChains(e.id(), id -> explain(e, evidence)) : List.of();
        return new Finding(e.id().value(), e.id(), false, text,
                customerFacing.subList(0, Math.min(NAMED, customerFacing.size())), chains);
    }

    /** Chains to the first customer-facing services down, or with none to the service that falls last. */
    private static List<List<ServiceId>> explain(SpofEntry e, Evidence evidence) {
        List<ServiceId> customerFacing = e.customerFacingDown();
        BlastRadius radius = evidence.knockouts().knockOut(Set.of(e.id()));
        List<ServiceId> targets = customerFacing.isEmpty()
                ? List.of(lastDown(radius.down())) : customerFacing.subList(0, Math.min(CHAINS, customerFacing.size()));
        List<List<ServiceId>> chains = new ArrayList<>();
        for (ServiceId target : targets) {
            if (!target.equals(e.id())) {
                chains.add(radius.causeChain(target));
            }
        }
        return chains;
    }

    private static ServiceId lastDown(List<Failure> down) {
        return down.get(down.size() - 1).id();
    }

    static List<Finding> noSinglePointOfFailure(NoSinglePointOfFailure rule, Evidence evidence) {
        List<ServiceId> targets = rule.selector().services(evidence.graph()).stream()
                .filter(id -> !rule.settings().excepts(id.value())).toList();
        List<ServiceId> accepted = rule.settings().except().stream().map(ServiceId::of).toList();
        List<Finding> findings = new ArrayList<>();
        int explained = 0;
        for (Exposure x : SingleFaultExposure.of(evidence.engine(), targets, accepted, NAMED)) {
            String target = x.target().value();
            if (!x.exposed()) {
                findings.add(Finding.pass(target, x.target(), "no other service takes " + target + " down alone"));
                continue;
            }
            String message = x.count() == 1
                    ? target + " goes down when " + x.takenDownBy().get(0) + " alone is lost"
                    : target + " goes down when any one of " + x.count() + " services is lost: "
                    + Evidence.names(x.takenDownBy(), x.count(), NAMED);
            List<List<ServiceId>> chains = new ArrayList<>();
            if (explained++ < EXPLAINED) {
                for (ServiceId culprit : x.takenDownBy().subList(0, Math.min(CHAINS, x.takenDownBy().size()))) {
                    chains.add(evidence.knockouts().chain(culprit, x.target()));
                }
            }
            findings.add(new Finding(target, x.target(), false, message, x.takenDownBy(), chains));
        }
        return findings;
    }
}
