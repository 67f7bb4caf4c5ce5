package dev.blastmap.edit;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.List;
import java.util.Objects;

/**
 * Replaces services of the graph by new values with the same ids: their properties, their clauses or both.
 * Property edits in the inspector, edits of several selected services at once and every edit of a
 * dependency are this one edit with their own name.
 *
 * @param name     what the Edit menu calls it, e.g. {@code Change Region} or {@code Add Dependency}
 * @param services the new values; each id must be a service of the graph
 */
public record ChangeServices(String name, List<Service> services) implements Edit {

    /** Copies the services. */
    public ChangeServices {
        Objects.requireNonNull(name, "name");
        services = List.copyOf(services);
    }

    /** One service changed. */
    public static ChangeServices of(String name, Service service) {
        return new ChangeServices(name, List.of(service));
    }

    @Override
    public Graph apply(Graph graph) {
        Graph next = graph;
        for (Service s : services) {
            graph.require(s.id());
            next = next.withService(s);
        }
        return next;
    }
}
