package dev.blastmap.edit;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The edits of a service's dependency clauses, each a {@link ChangeServices} of that one service with its
 * own name. Clauses are addressed by their index in {@link Service#dependsOn()}. Each throws
 * IllegalArgumentException with a sentence for the user when the edit does not fit.
 */
public final class DependencyEdits {

    private DependencyEdits() {
    }

    /** Makes {@code from} depend on {@code to} (a plain hard dependency, added last). */
    public static ChangeServices add(Graph graph, ServiceId from, ServiceId to) {
        Service s = graph.require(from);
        graph.require(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("A service cannot depend on itself.");
        }
        if (s.dependencies().contains(to)) {
            throw new IllegalArgumentException(s.label() + " already depends on " + graph.require(to).label() + ".");
        }
        return ChangeServices.of("Add Dependency", s.toBuilder().dependsOn(Clause.on(to)).build());
    }

    /** Removes clause {@code index} of {@code service}. */
    public static ChangeServices remove(Graph graph, ServiceId service, int index) {
        List<Clause> clauses = clauses(graph, service, index);
        clauses.remove(index);
        return with(graph, service, clauses, "Delete Dependency");
    }

    /** Removes every clause of {@code from} that names {@code to}, or just {@code to} from its groups. */
    public static ChangeServices removeMember(Graph graph, ServiceId from, ServiceId to) {
        List<Clause> clauses = new ArrayList<>();
        for (Clause c : graph.require(from).dependsOn()) {
            List<ServiceId> members = c.members().stream().filter(m -> !m.equals(to)).toList();
            if (!members.isEmpty()) {
                clauses.add(new Clause(members, Math.min(c.need(), members.size()), c.soft(), c.delay(), c.note()));
            }
        }
        return with(graph, from, clauses, "Delete Dependency");
    }

    /** Replaces clause {@code index} of {@code service} with {@code clause}, as the inspector edits it. */
    public static ChangeServices replace(Graph graph, ServiceId service, int index, Clause clause) {
        List<Clause> clauses = clauses(graph, service, index);
        clauses.set(index, clause);
        return with(graph, service, clauses, "Change Dependency");
    }

    /**
     * Merges clauses {@code first} and {@code second} of {@code service} into one "any of" clause of all
     * their members, where the first was; soft only if both were, with the longer delay and both notes.
     */
    public static ChangeServices merge(Graph graph, ServiceId service, int first, int second) {
        List<Clause> clauses = clauses(graph, service, Math.max(first, second));
        if (first == second) {
            throw new IllegalArgumentException("Choose two different dependencies to merge.");
        }
        Clause a = clauses.get(Math.min(first, second));
        Clause b = clauses.get(Math.max(first, second));
        LinkedHashSet<ServiceId> members = new LinkedHashSet<>(a.members());
        members.addAll(b.members());
        String note = a.note().isEmpty() ? b.note() : b.note().isEmpty() ? a.note() : a.note() + " " + b.note();
        Clause merged = new Clause(List.copyOf(members), 1, a.soft() && b.soft(),
                a.delay().compareTo(b.delay()) >= 0 ? a.delay() : b.delay(), note);
        clauses.set(Math.min(first, second), merged);
        clauses.remove(Math.max(first, second));
        return with(graph, service, clauses, "Merge Dependencies");
    }

    /** Splits clause {@code index} of {@code service} into one plain clause per member, keeping soft, delay and note. */
    public static ChangeServices split(Graph graph, ServiceId service, int index) {
        List<Clause> clauses = clauses(graph, service, index);
        Clause c = clauses.remove(index);
        if (c.isSingle()) {
            throw new IllegalArgumentException("A dependency on one service cannot be split.");
        }
        List<Clause> parts = c.members().stream()
                .map(m -> new Clause(List.of(m), 1, c.soft(), c.delay(), c.note())).toList();
        clauses.addAll(index, parts);
        return with(graph, service, clauses, "Split Dependency");
    }

    private static List<Clause> clauses(Graph graph, ServiceId service, int index) {
        List<Clause> clauses = new ArrayList<>(graph.require(service).dependsOn());
        if (index < 0 || index >= clauses.size()) {
            throw new IllegalArgumentException(service + " has no dependency " + (index + 1) + ".");
        }
        return clauses;
    }

    private static ChangeServices with(Graph graph, ServiceId service, List<Clause> clauses, String name) {
        Service.Builder b = graph.require(service).toBuilder().clearDependencies();
        clauses.forEach(b::dependsOn);
        return ChangeServices.of(name, b.build());
    }
}
