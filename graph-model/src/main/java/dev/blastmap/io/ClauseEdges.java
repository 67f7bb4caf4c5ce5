package dev.blastmap.io;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the edge-list writers (GraphML, DOT, Cytoscape) spell clauses as edges: a plain edge is enough for a
 * single-member clause, but the edges of a group, or of a member that several clauses name, must carry
 * their clause's number so that a reader can put the clauses back together.
 */
public final class ClauseEdges {

    private ClauseEdges() {
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
