package dev.blastmap.analysis;

import dev.blastmap.model.Dependency;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Plain reachability on the dependency graph, through its JGraphT view ({@link Graph#asJGraphT()}): what could
 * ever be affected by a failure if no redundancy held, and the neighbourhood of a service within so many hops.
 * It ignores what makes the engine exact (anyOf and k-of-n clauses, soft dependencies, delays), so it is an
 * upper bound of a blast radius: every service that a knockout takes down or degrades is in
 * {@link #couldBeAffected}, and the difference is what redundancy and soft dependencies save.
 */
public final class Reachability {

    /** Which edges a neighbourhood follows from a service. */
    public enum Direction {
        /** Services that depend on it, directly or through others: where its failure can travel. */
        DEPENDENTS,
        /** Services it depends on, directly or through others: what can take it down. */
        DEPENDENCIES,
        /** Both ways. */
        BOTH
    }

    private Reachability() {
    }

    /**
     * Every service that could ever be affected when {@code failed} fail: the failed services and every service
     * that depends on one of them through any chain of dependencies, hard or soft, redundant or not.
     *
     * @return the services in the order a breadth-first search from {@code failed} reaches them
     * @throws IllegalArgumentException if a failed service is not in the graph
     */
    public static Set<ServiceId> couldBeAffected(Graph graph, Collection<ServiceId> failed) {
        for (ServiceId id : failed) {
            graph.require(id);
        }
        if (failed.isEmpty()) {
            return Set.of();
        }
        var upstream = new EdgeReversedGraph<>(graph.asJGraphT());
        Set<ServiceId> reached = new LinkedHashSet<>();
        new BreadthFirstIterator<>(upstream, failed).forEachRemaining(reached::add);
        return Collections.unmodifiableSet(reached);
    }

    /**
     * The services within {@code hops} edges of {@code center} in the given direction, each with its distance
     * (the center itself at 0), nearest first.
     *
     * @throws IllegalArgumentException if {@code center} is not in the graph or {@code hops} is negative
     */
    public static Map<ServiceId, Integer> neighbourhood(Graph graph, ServiceId center, int hops, Direction direction) {
        graph.require(center);
        if (hops < 0) {
            throw new IllegalArgumentException("hops must be ≥ 0, was " + hops);
        }
        org.jgrapht.Graph<ServiceId, Dependency> view = switch (direction) {
            case DEPENDENCIES -> graph.asJGraphT();
            case DEPENDENTS -> new EdgeReversedGraph<>(graph.asJGraphT());
            case BOTH -> new AsUndirectedGraph<>(graph.asJGraphT());
        };
        BreadthFirstIterator<ServiceId, Dependency> search = new BreadthFirstIterator<>(view, center);
        Map<ServiceId, Integer> within = new LinkedHashMap<>();
        while (search.hasNext()) {
            ServiceId next = search.next();
            int depth = search.getDepth(next);
            if (depth > hops) {
                break;
            }
            within.put(next, depth);
        }
        return Collections.unmodifiableMap(within);
    }
}
