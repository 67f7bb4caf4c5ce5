package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.BruteForceSemantics;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The oracle for the resilience analyses: their definitions (docs/resilience.md) transcribed as naively as
 * possible on top of the brute-force down set of docs/semantics.md, with no concern for speed.
 */
final class BruteForceResilience {

    private BruteForceResilience() {
    }

    /** Every redundant hard clause and the services outside it whose failure alone breaks it. */
    static List<CommonCauseFinding> commonCauses(Graph graph) {
        List<CommonCauseFinding> findings = new ArrayList<>();
        for (Service s : graph.services()) {
            for (int i = 0; i < s.dependsOn().size(); i++) {
                Clause c = s.dependsOn().get(i);
                if (c.soft() || c.need() == c.members().size()) {
                    continue;
                }
                TreeSet<ServiceId> causes = new TreeSet<>();
                for (Service u : graph.services()) {
                    if (u.id().equals(s.id()) || c.members().contains(u.id())) {
                        continue;
                    }
                    Set<ServiceId> down = BruteForceSemantics.downSet(graph, Set.of(u.id()));
                    long lost = c.members().stream().filter(down::contains).count();
                    if (c.members().size() - lost < c.need()) {
                        causes.add(u.id());
                    }
                }
                if (!causes.isEmpty()) {
                    findings.add(new CommonCauseFinding(s.id(), i, c.members(), c.need(), List.copyOf(causes)));
                }
            }
        }
        return findings;
    }

    /**
     * Every minimal cut set of at most {@code order} services of the target, leaving the target out: sets
     * whose failure together takes it down, no proper subset of which does. Each set sorted by id; sets by
     * size, then element by element.
     */
    static List<List<ServiceId>> cutSets(Graph graph, ServiceId target, int order) {
        List<ServiceId> others = graph.services().stream().map(Service::id).filter(id -> !id.equals(target))
                .sorted().toList();
        List<Set<ServiceId>> found = new ArrayList<>();
        for (int size = 1; size <= order; size++) {
            for (Set<ServiceId> candidate : subsets(others, size)) {
                boolean containsSmaller = found.stream().anyMatch(candidate::containsAll);
                if (!containsSmaller && BruteForceSemantics.downSet(graph, candidate).contains(target)) {
                    found.add(candidate);
                }
            }
        }
        return found.stream().map(set -> List.copyOf(new TreeSet<>(set))).toList();
    }

    /** The sum over every service of the weight down when it is knocked out alone. */
    static double totalImpact(Graph graph) {
        double total = 0;
        for (Service u : graph.services()) {
            Set<ServiceId> down = BruteForceSemantics.downSet(graph, Set.of(u.id()));
            for (Service s : graph.services()) {
                total += down.contains(s.id()) ? s.weight() : 0;
            }
        }
        return total;
    }

    /** The minimal cut sets of exactly two services of every customer-facing service, counted together. */
    static int customerFacingPairs(Graph graph, List<ServiceId> targets) {
        int count = 0;
        for (ServiceId t : targets) {
            count += (int) cutSets(graph, t, 2).stream().filter(set -> set.size() == 2).count();
        }
        return count;
    }

    /**
     * Restores the knocked-out services in the given order and returns, per step, the services that are down
     * before it and up after it, by id.
     */
    static List<List<ServiceId>> upAgain(Graph graph, List<ServiceId> order) {
        List<List<ServiceId>> steps = new ArrayList<>();
        Set<ServiceId> before = BruteForceSemantics.downSet(graph, new HashSet<>(order));
        for (int i = 1; i <= order.size(); i++) {
            Set<ServiceId> after = BruteForceSemantics.downSet(graph, new HashSet<>(order.subList(i, order.size())));
            TreeSet<ServiceId> back = new TreeSet<>(before);
            back.removeAll(after);
            steps.add(List.copyOf(back));
            before = after;
        }
        return steps;
    }

    /** The customer-facing weight still down after each step, summed over the steps of this order. */
    static double customerFacingOutage(Graph graph, List<ServiceId> order) {
        double sum = 0;
        for (int i = 1; i <= order.size(); i++) {
            Set<ServiceId> down = BruteForceSemantics.downSet(graph, new HashSet<>(order.subList(i, order.size())));
            for (Service s : graph.services()) {
                if (s.customerFacing() && down.contains(s.id())) {
                    sum += s.weight();
                }
            }
        }
        return sum;
    }

    /** Every order of the services. */
    static List<List<ServiceId>> permutations(List<ServiceId> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<ServiceId>> result = new ArrayList<>();
        for (ServiceId first : items) {
            List<ServiceId> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<ServiceId> tail : permutations(rest)) {
                List<ServiceId> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }

    /** All subsets of the given size, in lexicographic order of the (sorted) list. */
    static List<Set<ServiceId>> subsets(List<ServiceId> of, int size) {
        List<Set<ServiceId>> result = new ArrayList<>();
        collect(of, size, 0, new ArrayList<>(), result);
        return result;
    }

    private static void collect(List<ServiceId> of, int size, int from, List<ServiceId> chosen,
                                List<Set<ServiceId>> into) {
        if (chosen.size() == size) {
            into.add(new HashSet<>(chosen));
            return;
        }
        for (int i = from; i < of.size(); i++) {
            chosen.add(of.get(i));
            collect(of, size, i + 1, chosen, into);
            chosen.remove(chosen.size() - 1);
        }
    }
}
