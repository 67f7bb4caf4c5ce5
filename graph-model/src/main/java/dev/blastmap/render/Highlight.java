package dev.blastmap.render;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * What hovering a service lights up: the service, what it depends on, and what depends on it. Everything else
 * is drawn faded.
 *
 * @param hovered      the service under the pointer, or null for no highlight
 * @param dependencies services the hovered one depends on (directly or not, as the caller chose)
 * @param dependents   services that depend on the hovered one
 */
public record Highlight(ServiceId hovered, Set<ServiceId> dependencies, Set<ServiceId> dependents) {

    /** Copies the sets. */
    public Highlight {
        dependencies = Set.copyOf(dependencies);
        dependents = Set.copyOf(dependents);
    }

    /** No highlight. */
    public static Highlight none() {
        return new Highlight(null, Set.of(), Set.of());
    }

    /** True when something is highlighted. */
    public boolean isActive() {
        return hovered != null;
    }

    /** True if the service is the hovered one or one of its dependencies or dependents. */
    public boolean includes(ServiceId id) {
        return id.equals(hovered) || dependencies.contains(id) || dependents.contains(id);
    }

    /** The hovered service with its direct dependencies and direct dependents. */
    public static Highlight direct(Graph graph, ServiceId hovered) {
        Set<ServiceId> dependents = new LinkedHashSet<>();
        for (Service s : graph.services()) {
            if (s.dependencies().contains(hovered)) {
                dependents.add(s.id());
            }
        }
        return new Highlight(hovered, new LinkedHashSet<>(graph.require(hovered).dependencies()), dependents);
    }

    /** The hovered service with everything it depends on and everything that depends on it, however far. */
    public static Highlight transitive(Graph graph, ServiceId hovered) {
        Map<ServiceId, List<ServiceId>> down = new HashMap<>();
        Map<ServiceId, List<ServiceId>> up = new HashMap<>();
        for (Service s : graph.services()) {
            for (ServiceId d : s.dependencies()) {
                down.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(d);
                up.computeIfAbsent(d, k -> new ArrayList<>()).add(s.id());
            }
        }
        graph.require(hovered);
        return new Highlight(hovered, reach(down, hovered), reach(up, hovered));
    }

    private static Set<ServiceId> reach(Map<ServiceId, List<ServiceId>> next, ServiceId start) {
        Set<ServiceId> seen = new LinkedHashSet<>();
        Deque<ServiceId> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (ServiceId n : next.getOrDefault(todo.pop(), List.of())) {
                if (!n.equals(start) && seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return seen;
    }
}
