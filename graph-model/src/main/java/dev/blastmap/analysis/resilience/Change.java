package dev.blastmap.analysis.resilience;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change to a graph that a what-if analysis weighs. Applying a change makes a new graph; the original is
 * left alone.
 */
public sealed interface Change {

    /** The service with these clauses instead of its own. */
    private static Service withClauses(Service s, List<Clause> clauses) {
        Service.Builder b = s.toBuilder().clearDependencies();
        clauses.forEach(b::dependsOn);
        return b.build();
    }

    /** The graph with this change made. */
    Graph applyTo(Graph graph);

    /** What to do, in words, e.g. {@code make checkout's dependency on payments soft}. */
    String describe();

    /**
     * Add a replica of a service: a new service ({@code ID-replica}, weight 0, not customer-facing) with the same
     * dependencies as the original, so it shares the original's dependencies (same zone, same database), and
     * every hard clause naming the original accepts either: a single dependency or allOf member becomes
     * {@code anyOf [original, replica]}, and a redundant clause (anyOf, k of n) gains the replica as a member
     * with the same need.
     *
     * @param service the service to replicate
     */
    record AddReplica(ServiceId service) implements Change {

        /** Validates the change. */
        public AddReplica {
            Objects.requireNonNull(service, "service");
        }

        @Override
        public Graph applyTo(Graph graph) {
            Service original = graph.require(service);
            ServiceId replica = replicaId(graph);
            List<Service> services = new ArrayList<>();
            for (Service s : graph.services()) {
                List<Clause> clauses = new ArrayList<>();
                for (Clause c : s.dependsOn()) {
                    if (c.soft() || !c.members().contains(service)) {
                        clauses.add(c);
                    } else if (c.failuresToBreak() == 1) {
                        List<ServiceId> rest = new ArrayList<>(c.members());
                        rest.remove(service);
                        if (!rest.isEmpty()) {
                            clauses.add(new Clause(rest, rest.size(), false, c.delay(), c.note()));
                        }
                        clauses.add(new Clause(List.of(service, replica), 1, false, c.delay(), c.note()));
                    } else {
                        List<ServiceId> more = new ArrayList<>(c.members());
                        more.add(replica);
                        clauses.add(new Clause(more, c.need(), false, c.delay(), c.note()));
                    }
                }
                services.add(withClauses(s, clauses));
                if (s.id().equals(service)) {
                    services.add(withClauses(Service.builder(replica.value()).label(original.label() + " (replica)")
                            .kind(original.kind()).weight(0).build(), original.dependsOn()));
                }
            }
            return new Graph(graph.name(), graph.description(), graph.sources(), services, graph.scenarios());
        }

        private ServiceId replicaId(Graph graph) {
            ServiceId id = ServiceId.of(service.value() + "-replica");
            for (int i = 2; graph.contains(id); i++) {
                id = ServiceId.of(service.value() + "-replica-" + i);
            }
            return id;
        }

        @Override
        public String describe() {
            return "add a replica of " + service;
        }
    }

    /**
     * Make a hard clause soft: the service keeps working, degraded, when the clause breaks (a fallback).
     * For "eventually down" this is also what removing the clause does.
     *
     * @param service the owner of the clause
     * @param clause  the index of the clause in its {@code dependsOn}
     */
    record MakeSoft(ServiceId service, int clause) implements Change {

        /** Validates the change. */
        public MakeSoft {
            Objects.requireNonNull(service, "service");
        }

        @Override
        public Graph applyTo(Graph graph) {
            Service s = graph.require(service);
            List<Clause> clauses = new ArrayList<>(s.dependsOn());
            clauses.set(clause, clauses.get(clause).asSoft());
            return graph.withService(withClauses(s, clauses));
        }

        @Override
        public String describe() {
            return "make clause " + clause + " of " + service + " soft (a fallback)";
        }
    }

    /**
     * Remove one member of a hard clause that needs every member (allOf): the service no longer needs it.
     *
     * @param service the owner of the clause
     * @param clause  the index of the clause in its {@code dependsOn}
     * @param member  the member to drop
     */
    record RemoveDependency(ServiceId service, int clause, ServiceId member) implements Change {

        /** Validates the change. */
        public RemoveDependency {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(member, "member");
        }

        @Override
        public Graph applyTo(Graph graph) {
            Service s = graph.require(service);
            List<Clause> clauses = new ArrayList<>(s.dependsOn());
            Clause c = clauses.get(clause);
            List<ServiceId> rest = new ArrayList<>(c.members());
            rest.remove(member);
            clauses.set(clause, new Clause(rest, rest.size(), c.soft(), c.delay(), c.note()));
            return graph.withService(withClauses(s, clauses));
        }

        @Override
        public String describe() {
            return "remove " + service + "'s dependency on " + member;
        }
    }
}
