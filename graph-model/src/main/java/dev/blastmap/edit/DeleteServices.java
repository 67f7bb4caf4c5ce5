package dev.blastmap.edit;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes services with their dependencies: theirs, and every mention of them in the clauses of the others.
 * A clause left with fewer members needs at most as many as remain (an "at least 2 of 3" that loses one
 * member becomes "all 2"); a clause left with none goes. Walkthrough steps stop naming them.
 *
 * @param ids the services to delete, each a service of the graph
 */
public record DeleteServices(Set<ServiceId> ids) implements Edit {

    /** Copies the ids, keeping their order. */
    public DeleteServices {
        ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to delete");
        }
    }

    @Override
    public String name() {
        return ids.size() == 1 ? "Delete " + ids.iterator().next() : "Delete " + ids.size() + " Services";
    }

    @Override
    public Optional<ServiceId> follow(ServiceId id) {
        return ids.contains(id) ? Optional.empty() : Optional.of(id);
    }

    @Override
    public Graph apply(Graph graph) {
        ids.forEach(graph::require);
        List<Service> kept = new ArrayList<>();
        for (Service s : graph.services()) {
            if (ids.contains(s.id())) {
                continue;
            }
            Service.Builder b = s.toBuilder().clearDependencies();
            for (Clause c : s.dependsOn()) {
                List<ServiceId> members = c.members().stream().filter(m -> !ids.contains(m)).toList();
                if (!members.isEmpty()) {
                    b.dependsOn(new Clause(members, Math.min(c.need(), members.size()), c.soft(), c.delay(), c.note()));
                }
            }
            kept.add(b.build());
        }
        List<Scenario> scenarios = graph.scenarios().stream().map(sc -> new Scenario(sc.id(), sc.title(),
                sc.description(), sc.steps().stream().map(this::without).toList())).toList();
        return new Graph(graph.name(), graph.description(), graph.sources(), kept, scenarios);
    }

    private Step without(Step step) {
        return new Step(step.time(), step.title(), step.narration(), keep(step.knockOut()), keep(step.restore()),
                keep(step.frame()));
    }

    private List<ServiceId> keep(List<ServiceId> list) {
        return list.stream().filter(id -> !ids.contains(id)).toList();
    }

    /**
     * How many dependencies go with the services: each pair of a service and one it names, where either is
     * deleted, counted once.
     */
    public int dependenciesLost(Graph graph) {
        int lost = 0;
        for (Service s : graph.services()) {
            for (ServiceId m : s.dependencies()) {
                if (ids.contains(s.id()) || ids.contains(m)) {
                    lost++;
                }
            }
        }
        return lost;
    }

    /** The walkthrough steps that name a deleted service, as {@code walkthrough title › step title}. */
    public List<String> stepsUsing(Graph graph) {
        List<String> steps = new ArrayList<>();
        for (Scenario sc : graph.scenarios()) {
            for (int i = 0; i < sc.steps().size(); i++) {
                Step step = sc.steps().get(i);
                if (step.knockOut().stream().anyMatch(ids::contains) || step.restore().stream().anyMatch(ids::contains)
                        || step.frame().stream().anyMatch(ids::contains)) {
                    steps.add(sc.title() + " › " + (step.title().isEmpty() ? "step " + (i + 1) : step.title()));
                }
            }
        }
        return steps;
    }
}
