package dev.blastmap.layout;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One drawn dependency: the pair (dependent, dependency) however many clauses name it.
 *
 * @param from   the dependent
 * @param to     the dependency
 * @param soft   every clause naming it is soft
 * @param shared some clause naming it has other members that can stand in for it
 */
record DrawnDependency(ServiceId from, ServiceId to, boolean soft, boolean shared) {

    /** Every dependency of the graph, in file order of dependents and then of clauses. */
    static List<DrawnDependency> of(Graph graph) {
        List<DrawnDependency> all = new ArrayList<>();
        for (Service s : graph.services()) {
            if (s.dependsOn().size() == 1) { // nearly every service: each member named once (a clause's are distinct)
                Clause c = s.dependsOn().get(0);
                for (ServiceId m : c.members()) {
                    all.add(new DrawnDependency(s.id(), m, c.soft(), c.need() < c.members().size()));
                }
                continue;
            }
            Map<ServiceId, boolean[]> flags = new LinkedHashMap<>();
            for (Clause c : s.dependsOn()) {
                for (ServiceId m : c.members()) {
                    boolean[] f = flags.computeIfAbsent(m, k -> new boolean[] {true, false});
                    f[0] &= c.soft();
                    f[1] |= c.need() < c.members().size();
                }
            }
            flags.forEach((to, f) -> all.add(new DrawnDependency(s.id(), to, f[0], f[1])));
        }
        return all;
    }

    /** This dependency drawn along these points. */
    EdgePath along(List<Point> points) {
        return new EdgePath(from, to, points, soft, shared);
    }
}
