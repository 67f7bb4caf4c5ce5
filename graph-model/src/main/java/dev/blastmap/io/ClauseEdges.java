package dev.blastmap.io;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the edge-list writers (GraphML, DOT, Cytoscape, CSV) spell clauses as edges: a plain edge is enough for
 * a single-member clause, but the edges of a group, or of a member that several clauses name, must carry
 * their clause's number so that a reader can put the clauses back together. {@link #of(Service)} hands a
 * writer every edge of a service in file order, so no writer repeats the loop.
 */
public final class ClauseEdges {

    private ClauseEdges() {
    }

    /**
     * One edge of a clause.
     *
     * @param dependent  the service whose clause it is
     * @param dependency one member of the clause
     * @param clause     the clause, for its need, softness, delay and note
     * @param number     the clause's index among the service's clauses, or -1 when the edge needs no number
     */
    public record Edge(ServiceId dependent, ServiceId dependency, Clause clause, int number) {

        /** True if the edge must carry its clause's number (and need). */
        public boolean numbered() {
            return number >= 0;
        }
    }

    /** Every edge of the service's clauses, clause by clause and member by member. */
    public static List<Edge> of(Service service) {
        List<Clause> clauses = service.dependsOn();
        boolean[] numbered = numbered(service);
        List<Edge> out = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            for (ServiceId m : c.members()) {
                out.add(new Edge(service.id(), m, c, numbered[i] ? i : -1));
            }
        }
        return out;
    }

    /** For each clause of the service, in file order: true if its edges must carry the clause number. */
    public static boolean[] numbered(Service service) {
        List<Clause> clauses = service.dependsOn();
        Set<ServiceId> seen = new HashSet<>();
        Set<ServiceId> repeated = new HashSet<>();
        for (Clause c : clauses) {
            for (ServiceId m : c.members()) {
                if (!seen.add(m)) {
                    repeated.add(m);
                }
            }
        }
        boolean[] numbered = new boolean[clauses.size()];
        for (int i = 0; i < numbered.length; i++) {
            Clause c = clauses.get(i);
            numbered[i] = !c.isSingle() || repeated.contains(c.members().get(0));
        }
        return numbered;
    }
}
