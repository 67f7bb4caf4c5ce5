package dev.blastmap.edit;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copies services, as a second replica would be: each copy gets a fresh id ({@code db-2}) and the same
 * properties and dependencies. Dependencies among the copied services point at the copies; nothing that
 * depended on an original depends on its copy (make that an "any of" clause to model the replica).
 *
 * @param ids the services to copy, in order
 */
public record DuplicateServices(List<ServiceId> ids) implements Edit {

    /** Copies the ids, without repeats. */
    public DuplicateServices {
        ids = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(ids, "ids")));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to duplicate");
        }
    }

    @Override
    public String name() {
        return ids.size() == 1 ? "Duplicate " + ids.get(0) : "Duplicate " + ids.size() + " Services";
    }

    /** The id each copy gets in {@code graph}, by original. */
    public Map<ServiceId, ServiceId> copies(Graph graph) {
        Map<ServiceId, ServiceId> copies = new LinkedHashMap<>();
        Graph growing = graph;
        for (ServiceId id : ids) {
            ServiceId copy = ServiceIds.fresh(growing, id.value());
            copies.put(id, copy);
            growing = growing.withService(Service.of(copy.value()));
        }
        return copies;
    }

    @Override
    public Graph apply(Graph graph) {
        ids.forEach(graph::require);
        Map<ServiceId, ServiceId> copies = copies(graph);
        Set<ServiceId> copied = copies.keySet();
        List<Service> services = new ArrayList<>(graph.services());
        for (ServiceId id : ids) {
            Service original = graph.require(id);
            ServiceId copyId = copies.get(id);
            Service.Builder b = original.toBuilder(copyId).clearDependencies()
                    .label(original.label().equals(id.value()) ? copyId.value() : original.label() + " (copy)");
            for (Clause c : original.dependsOn()) {
                List<ServiceId> members = c.members().stream()
                        .map(m -> copied.contains(m) ? copies.get(m) : m).toList();
                b.dependsOn(new Clause(members, c.need(), c.soft(), c.delay(), c.note()));
            }
            services.add(b.build());
        }
        return new Graph(graph.name(), graph.description(), graph.sources(), services, graph.scenarios());
    }
}
