package dev.blastmap.edit;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.Objects;

/**
 * Adds one service at the end of the graph; its clauses may name services of the graph.
 *
 * @param service the new service; its id must not be taken
 */
public record AddService(Service service) implements Edit {

    /** Checks the service is there. */
    public AddService {
        Objects.requireNonNull(service, "service");
    }

    @Override
    public String name() {
        return "Add " + service.label();
    }

    @Override
    public Graph apply(Graph graph) {
        ServiceIds.requireFree(graph, service.id());
        return graph.withService(service);
    }
}
