package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * What to fix first: single changes ranked by how much they lower the total weighted single-fault impact (the
 * sum of every service's {@link SpofRanking} weighted impact), then by how many minimal cut sets of two
 * customer-facing services lose, each with its figures before and after.
 *
 * <p>Which changes are weighed: for each of the {@link #WORST} worst single points of failure that take down
 * more than themselves, adding a replica of it ({@link Change.AddReplica}), and, for the {@link #DEPENDENTS}
 * dependents of it that weigh most when knocked out themselves, making their clause on it soft
 * ({@link Change.MakeSoft}) and, in an allOf, removing it ({@link Change.RemoveDependency}). Every change weighed
 * is evaluated exactly (the single failures it can change, knocked out again in the changed graph: see
 * {@code ImpactReduction}; and its cut sets); the choice of candidates is the
 * heuristic part, so a change outside them is not suggested even if it would help. Caching a dependency (a
 * delay) is not weighed: it only postpones a failure, and these figures count what is down eventually.
 *
 * <p>Cut sets are counted only for graphs of up to {@link #CUT_SETS_UP_TO} services, for the top suggestions:
 * each count is a full order-2 search.
 */
public final class WhatIf {

    /** How many of the worst single points of failure are looked at. */
    public static final int WORST = 20;
    /** How many dependents of each are looked at. */
    public static final int DEPENDENTS = 5;
    /** The largest graph whose order-2 cut sets are counted. */
    public static final int CUT_SETS_UP_TO = 1000;

    private final List<WhatIfSuggestion> suggestions;

    private WhatIf(List<WhatIfSuggestion> suggestions) {
        this.suggestions = List.copyOf(suggestions);
    }

    /** The {@code top} best changes of the graph. */
    public static WhatIf of(Graph graph, int top) {
        return of(graph, top, Progress.NONE);
    }

    /**
     * The {@code top} best changes of the graph, reporting progress per change weighed.
     *
     * @throws IllegalArgumentException if top is below 1
     * @throws CancellationException    when {@code progress} says so
     */
    public static WhatIf of(Graph graph, int top, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, was " + top);
        }
        List<SpofEntry> ranking = SpofRanking.rank(graph);
        double before = totalImpact(ranking);
        List<Change> candidates = candidates(graph, ranking);
        boolean countCutSets = graph.size() <= CUT_SETS_UP_TO;
        WorkCounter counter = new WorkCounter(progress, candidates.size() + (countCutSets ? 3L * top + 1 : 0));
        ImpactReduction reduction = new ImpactReduction(graph, ranking,
                candidates.stream().flatMap(c -> ImpactReduction.watched(c, graph).stream()).toList());
        // each change is weighed on its own changed graph: the changes share the cores
        List<WhatIfSuggestion> weighed = new ArrayList<>(candidates.parallelStream().map(change -> {
            checkCancelled(progress);
            double saved = reduction.of(change);
            counter.advance(1);
            return new WhatIfSuggestion(change, before, before - saved, -1, -1);
        }).filter(s -> s.impactReduction() > 0).toList());
        weighed.sort(Comparator.comparingDouble(WhatIfSuggestion::impactReduction).reversed()
                .thenComparing(s -> s.change().describe()));
        List<WhatIfSuggestion> best = new ArrayList<>(weighed.subList(0, Math.min(top, weighed.size())));
        if (countCutSets && !best.isEmpty()) {
            // changes tied with the last one kept are ranked by their cut sets too, so count theirs as well
            double last = best.get(best.size() - 1).impactReduction();
            best = new ArrayList<>(weighed.stream().filter(s -> s.impactReduction() >= last).limit(3L * top)
                    .toList());
            List<ServiceId> targets = MinimalCutSets.customerFacing(graph);
            int cutSetsBefore = order2(graph, targets);
            counter.advance(1);
            for (int i = 0; i < best.size(); i++) {
                checkCancelled(progress);
                WhatIfSuggestion s = best.get(i);
                best.set(i, new WhatIfSuggestion(s.change(), s.impactBefore(), s.impactAfter(), cutSetsBefore,
                        order2(s.change().applyTo(graph), targets)));
                counter.advance(1);
            }
            best.sort(Comparator.comparingDouble(WhatIfSuggestion::impactReduction).reversed()
                    .thenComparingInt(s -> s.cutSetsAfter() - s.cutSetsBefore())
                    .thenComparing(s -> s.change().describe()));
        }
        return new WhatIf(best.subList(0, Math.min(top, best.size())));
    }

    /** The best changes, best first; fewer than asked when fewer changes help at all. */
    public List<WhatIfSuggestion> suggestions() {
        return suggestions;
    }

    private static int order2(Graph graph, List<ServiceId> targets) {
        return targets.isEmpty() ? 0 : MinimalCutSets.of(graph, 2, targets).count(2);
    }

    /** The sum of every service's weighted impact, in the ranking's order. */
    static double totalImpact(List<SpofEntry> ranking) {
        double total = 0;
        for (SpofEntry e : ranking) {
            total += e.weighted();
        }
        return total;
    }

    private static List<Change> candidates(Graph graph, List<SpofEntry> ranking) {
        Map<ServiceId, Double> weighted = new HashMap<>();
        ranking.forEach(e -> weighted.put(e.id(), e.weighted()));
        Map<ServiceId, List<Service>> dependents = new HashMap<>();
        for (Service s : graph.services()) {
            for (Clause c : s.dependsOn()) {
                if (!c.soft() && c.failuresToBreak() == 1) {
                    c.members().forEach(m -> dependents.computeIfAbsent(m, k -> new ArrayList<>()).add(s));
                }
            }
        }
        Set<Change> changes = new LinkedHashSet<>();
        ranking.stream().filter(e -> e.collateral() > 0).limit(WORST).forEach(spof -> {
            changes.add(new Change.AddReplica(spof.id()));
            dependents.getOrDefault(spof.id(), List.of()).stream().distinct()
                    .sorted(Comparator.comparingDouble((Service s) -> -weighted.get(s.id())).thenComparing(Service::id))
                    .limit(DEPENDENTS)
                    .forEach(s -> {
                        for (int i = 0; i < s.dependsOn().size(); i++) {
                            Clause c = s.dependsOn().get(i);
                            if (c.soft() || c.failuresToBreak() != 1 || !c.members().contains(spof.id())) {
                                continue;
                            }
                            changes.add(new Change.MakeSoft(s.id(), i));
                            if (c.members().size() > 1) {
                                changes.add(new Change.RemoveDependency(s.id(), i, spof.id()));
                            }
                        }
                    });
        });
        return List.copyOf(changes);
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("what-if cancelled");
        }
    }
}
