package dev.blastmap.model;

import java.util.Objects;

/**
 * One edge of the dependency graph as graph libraries see it: {@code dependent} names {@code dependency} in its
 * clause number {@code clause} (0-based, in file order). The edge points the way the file reads, from the
 * service that needs to the service it needs; a failure travels against it.
 *
 * <p>A clause of several members gives one edge per member, and a service that names the same dependency in
 * two clauses has two parallel edges, told apart by {@code clause}: the graph is a directed multigraph without
 * self-loops. Whether the edge is hard, soft, redundant or delayed is in {@link #clauseOf(Graph)}.
 *
 * @param dependent  the service whose clause this is
 * @param dependency the member of the clause this edge leads to
 * @param clause     the index of the clause in {@code dependent}'s {@link Service#dependsOn()}, at least 0
 */
public record Dependency(ServiceId dependent, ServiceId dependency, int clause) {

    /** Validates the edge. */
    public Dependency {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(dependency, "dependency");
        if (clause < 0) {
            throw new IllegalArgumentException("clause index must be ≥ 0, was " + clause);
        }
    }

    /** The clause this edge belongs to, in {@code graph}; throws IllegalArgumentException if it has no such edge. */
    public Clause clauseOf(Graph graph) {
        Service service = graph.require(dependent);
        if (clause >= service.dependsOn().size() || !service.dependsOn().get(clause).members().contains(dependency)) {
            throw new IllegalArgumentException(this + " is not an edge of " + graph);
        }
        return service.dependsOn().get(clause);
    }

    /** {@code a → b (clause 0)}. */
    @Override
    public String toString() {
        return dependent + " → " + dependency + " (clause " + clause + ")";
    }
}
