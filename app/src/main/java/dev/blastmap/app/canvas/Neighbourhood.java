package dev.blastmap.app.canvas;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.Highlight;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Who each service of a graph depends on and who depends on it directly: what hovering and double-clicking show. */
final class Neighbourhood {

    private final Graph graph;
    private final Map<ServiceId, List<ServiceId>> dependents = new HashMap<>();

    Neighbourhood(Graph graph) {
        this.graph = graph;
        for (Service s : graph.services()) {
            for (ServiceId d : s.dependencies()) {
                dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(s.id());
            }
        }
    }

    /** The highlight of a service with its direct dependencies and dependents; none for null. */
    Highlight highlightOf(ServiceId id) {
        return id == null ? Highlight.none()
                : new Highlight(id, new LinkedHashSet<>(graph.require(id).dependencies()),
                        new LinkedHashSet<>(dependents.getOrDefault(id, List.of())));
    }

    /** The service with its direct dependencies and dependents. */
    List<ServiceId> around(ServiceId id) {
        List<ServiceId> around = new ArrayList<>(graph.require(id).dependencies());
        around.addAll(dependents.getOrDefault(id, List.of()));
        around.add(id);
        return around;
    }
}
