package dev.blastmap.edit;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives a service a new id and name. Every clause that names it and every walkthrough step that names it
 * follow, so the graph and its walkthroughs stay valid. A label equal to the old id follows the id too.
 *
 * @param from  the service's id now
 * @param to    its new id: valid and not taken by another service (it may equal {@code from})
 * @param label its new name; blank means "the id"
 */
public record RenameService(ServiceId from, ServiceId to, String label) implements Edit {

    /** Checks the ids are there. */
    public RenameService {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        label = label == null ? "" : label.strip();
    }

    @Override
    public String name() {
        return "Rename " + from;
    }

    @Override
    public Optional<ServiceId> follow(ServiceId id) {
        return Optional.of(id.equals(from) ? to : id);
    }

    @Override
    public Graph apply(Graph graph) {
        graph.require(from);
        if (!from.equals(to)) {
            ServiceIds.requireFree(graph, to);
        }
        List<Service> services = graph.services().stream().map(s -> {
            Service.Builder b = rebuild(s.toBuilder(s.id().equals(from) ? to : s.id()), s);
            if (s.id().equals(from)) {
                b.label(label.isEmpty() ? to.value() : label);
            }
            return b.build();
        }).toList();
        List<Scenario> scenarios = graph.scenarios().stream().map(sc -> new Scenario(sc.id(), sc.title(),
                sc.description(), sc.steps().stream().map(this::renamed).toList())).toList();
        return new Graph(graph.name(), graph.description(), graph.sources(), services, scenarios);
    }

    private Service.Builder rebuild(Service.Builder b, Service s) {
        b.clearDependencies();
        for (Clause c : s.dependsOn()) {
            b.dependsOn(new Clause(renamed(c.members()), c.need(), c.soft(), c.delay(), c.note()));
        }
        return b;
    }

    private Step renamed(Step step) {
        return new Step(step.time(), step.title(), step.narration(), renamed(step.knockOut()),
                renamed(step.restore()), renamed(step.frame()));
    }

    private List<ServiceId> renamed(List<ServiceId> ids) {
        return ids.stream().map(id -> id.equals(from) ? to : id).toList();
    }
}
