package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ScenarioPropagation;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Double faults: the minimal cut sets of order up to 3 of some target services. A <em>cut set</em> of a target t
 * is a set of other services whose failure together takes t down (docs/semantics.md, "Down set D"); it is
 * <em>minimal</em> when no proper subset is one. The target itself is not an event: its own failure is always
 * a cut set of one and is left out, as are sets containing it.
 *
 * <p>As in a fault tree, every service is a basic event (it can fail on its own, whether or not it has
 * dependencies) as well as a gate over its hard clauses. Soft clauses never take a service down and play no
 * part; delays do not matter either, because a service that goes down later still goes down ("eventually
 * down"). Exact: checked against enumerating every set, and against SCRAM's MOCUS on the exported Open-PSA
 * fault tree.
 *
 * <p>Order 3 grows as the cube of the candidates; it is refused above {@link #TRIPLE_PASS_LIMIT} passes with a
 * message saying how to narrow it. Sets of two or three use {@link ScenarioPropagation}: a base knocked out in
 * all 64 scenarios and one partner per scenario (see {@code CutSetSearch}).
 *
 * <pre>{@code
 * List<TargetCutSets> cutSets = MinimalCutSets.of(graph, 2, List.of()).targets(); // every customer-facing service
 * }</pre>
 */
public final class MinimalCutSets {

    /** The highest order computed. */
    public static final int MAX_ORDER = 3;
    /** The most 64-scenario passes an order-3 search may take. */
    public static final long TRIPLE_PASS_LIMIT = 2_000_000;

    private final int order;
    private final List<TargetCutSets> targets;

    private MinimalCutSets(int order, List<TargetCutSets> targets) {
        this.order = order;
        this.targets = List.copyOf(targets);
    }

    /**
     * The minimal cut sets of order 1 to {@code order} of the given targets, or of every customer-facing
     * service when {@code targets} is empty.
     *
     * @throws IllegalArgumentException if the order is not 1 to 3, a target is not in the graph, or order 3
     *                                  would take more than {@link #TRIPLE_PASS_LIMIT} passes
     */
    public static MinimalCutSets of(Graph graph, int order, Collection<ServiceId> targets) {
        return of(new PropagationEngine(graph), order, targets, Progress.NONE);
    }

    /**
     * Like {@link #of(Graph, int, Collection)} on the engine's graph, reusing its compiled form and reporting
     * progress.
     *
     * @throws CancellationException when {@code progress} says so
     */
    public static MinimalCutSets of(PropagationEngine engine, int order, Collection<ServiceId> targets,
                                    Progress progress) {
        Objects.requireNonNull(progress, "progress");
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("the order must be from 1 to " + MAX_ORDER + ", was " + order);
        }
        ScenarioPropagation propagation = ScenarioPropagation.of(engine);
        Graph graph = propagation.graph();
        Set<ServiceId> chosen = new LinkedHashSet<>(targets.isEmpty() ? customerFacing(graph) : targets);
        int[] indexes = chosen.stream().mapToInt(id -> {
            int v = propagation.indexOf(id);
            if (v < 0) {
                throw new IllegalArgumentException("no service with id '" + id + "'");
            }
            return v;
        }).sorted().toArray();
        CutSetSearch search = new CutSetSearch(propagation, indexes, progress);
        search.singles();
        int candidates = search.candidates().length;
        long tripleBases = order < 3 ? 0 : (long) candidates * (candidates - 1) / 2;
        if (order == 3 && search.triplePasses() > TRIPLE_PASS_LIMIT) {
            throw new IllegalArgumentException("order 3 over " + candidates + " candidate services would take "
                    + search.triplePasses() + " passes of 64 scenarios, more than the limit of " + TRIPLE_PASS_LIMIT
                    + ": choose fewer targets, or use order 2");
        }
        WorkCounter counter = new WorkCounter(progress, 1 + (order < 2 ? 0 : candidates) + tripleBases);
        counter.advance(1);
        if (order >= 2) {
            search.pairs(counter);
        }
        if (order >= 3) {
            search.triples(counter);
        }
        return new MinimalCutSets(order, assemble(propagation, indexes, search.found()));
    }

    /** The customer-facing services of the graph, in file order. */
    public static List<ServiceId> customerFacing(Graph graph) {
        return graph.services().stream().filter(Service::customerFacing).map(Service::id).toList();
    }

    /** The highest order searched. */
    public int order() {
        return order;
    }

    /** The cut sets of each target, targets in file order. */
    public List<TargetCutSets> targets() {
        return targets;
    }

    /** How many minimal cut sets of exactly {@code order} services all targets have together. */
    public int count(int order) {
        return targets.stream().mapToInt(t -> t.count(order)).sum();
    }

    private static List<TargetCutSets> assemble(ScenarioPropagation propagation, int[] targets, List<int[]> found) {
        List<List<List<ServiceId>>> perTarget = new ArrayList<>();
        for (int ignored : targets) {
            perTarget.add(new ArrayList<>());
        }
        for (int[] set : found) {
            List<ServiceId> ids = new ArrayList<>(set.length - 1);
            for (int i = 1; i < set.length; i++) {
                ids.add(propagation.id(set[i]));
            }
            ids.sort(null);
            perTarget.get(set[0]).add(ids);
        }
        Comparator<List<ServiceId>> bySizeThenIds = Comparator.<List<ServiceId>>comparingInt(List::size)
                .thenComparing((a, b) -> {
                    for (int i = 0; i < a.size(); i++) {
                        int byId = a.get(i).compareTo(b.get(i));
                        if (byId != 0) {
                            return byId;
                        }
                    }
                    return 0;
                });
        List<TargetCutSets> result = new ArrayList<>();
        for (int slot = 0; slot < targets.length; slot++) {
            perTarget.get(slot).sort(bySizeThenIds);
            result.add(new TargetCutSets(propagation.id(targets[slot]), perTarget.get(slot)));
        }
        return result;
    }
}
