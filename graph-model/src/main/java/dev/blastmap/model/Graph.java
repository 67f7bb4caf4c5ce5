package dev.blastmap.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A service-dependency graph: an immutable value. An edit makes a new graph, so an undo stack is a stack of
 * graphs and a new graph is the revision a view listens to.
 *
 * <p>Invariants, checked by the constructor: service ids are unique; every clause member is a service of the
 * graph; scenario ids are unique and every service a step names exists. Readers check the same things first
 * so that they can report every problem at once with its line; this constructor throws
 * {@link IllegalArgumentException} on the first.
 */
public final class Graph {

    private final String name;
    private final String description;
    private final List<String> sources;
    private final List<Service> services;
    private final List<Scenario> scenarios;
    private final ServiceIndex byId;
    private volatile DependencyGraphView jgraphtView;

    /**
     * Makes a graph.
     *
     * @param name        a title, never null (empty when absent)
     * @param description a longer text, never null
     * @param sources     where its facts come from (usually URLs)
     * @param services    the services in file order
     * @param scenarios   the walkthroughs in file order
     */
    public Graph(String name, String description, List<String> sources, List<Service> services,
                 List<Scenario> scenarios) {
        this.name = Objects.requireNonNullElse(name, "");
        this.description = Objects.requireNonNullElse(description, "");
        this.sources = List.copyOf(sources);
        this.services = List.copyOf(services);
        this.scenarios = List.copyOf(scenarios);
        this.byId = new ServiceIndex(this.services);
        // indexed loops: iterators over millions of short lists are garbage the collector then has to chase
        for (int i = 0; i < this.services.size(); i++) {
            Service s = this.services.get(i);
            for (int c = 0; c < s.dependsOn().size(); c++) {
                List<ServiceId> members = s.dependsOn().get(c).members();
                for (int m = 0; m < members.size(); m++) {
                    if (!byId.contains(members.get(m))) {
                        throw new IllegalArgumentException(s.id() + " depends on unknown service " + members.get(m));
                    }
                }
            }
        }
        Set<String> scenarioIds = new HashSet<>();
        for (Scenario sc : this.scenarios) {
            if (!scenarioIds.add(sc.id())) {
                throw new IllegalArgumentException("duplicate scenario id: " + sc.id());
            }
            for (Step step : sc.steps()) {
                for (List<ServiceId> ids : List.of(step.knockOut(), step.restore(), step.frame())) {
                    for (ServiceId id : ids) {
                        if (!byId.contains(id)) {
                            throw new IllegalArgumentException("scenario " + sc.id() + " names unknown service " + id);
                        }
                    }
                }
            }
        }
    }

    /** A graph of these services with no name, sources or scenarios. */
    public static Graph of(List<Service> services) {
        return new Graph("", "", List.of(), services, List.of());
    }

    /** A graph of these services with no name, sources or scenarios. */
    public static Graph of(Service... services) {
        return of(List.of(services));
    }

    /** The title; empty when the file has none. */
    public String name() {
        return name;
    }

    /** The longer description; empty when the file has none. */
    public String description() {
        return description;
    }

    /** Where the facts come from, usually URLs. */
    public List<String> sources() {
        return sources;
    }

    /** Every service, in file order. */
    public List<Service> services() {
        return services;
    }

    /** The walkthroughs, in file order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** How many services there are. */
    public int size() {
        return services.size();
    }

    /** The service with this id, if there is one. */
    public Optional<Service> service(ServiceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The service with this id; throws IllegalArgumentException if there is none. */
    public Service require(ServiceId id) {
        Service s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no service " + id);
        }
        return s;
    }

    /** True if a service has this id. */
    public boolean contains(ServiceId id) {
        return byId.contains(id);
    }

    /** The ids of every service, in file order; an unmodifiable live view, not a copy. */
    public Set<ServiceId> serviceIds() {
        return byId.ids();
    }

    /**
     * This graph as a read-only JGraphT graph, so that any JGraphT algorithm runs on it without a copy: the
     * vertices are the service ids, the edges point from a service to each member of each of its clauses
     * ({@link Dependency}), so a failure travels against them. A directed multigraph without self-loops;
     * every mutator throws {@link UnsupportedOperationException}. For example, every service that could ever
     * be affected by {@code dns} (ignoring redundancy) is what a search reaches against the edges:
     *
     * <pre>{@code
     * var upstream = new org.jgrapht.graph.EdgeReversedGraph<>(graph.asJGraphT());
     * var reach = new org.jgrapht.traverse.BreadthFirstIterator<>(upstream, ServiceId.of("dns"));
     * reach.forEachRemaining(id -> System.out.println(id));
     * }</pre>
     *
     * <p>Which edges are soft, redundant or delayed is in {@link Dependency#clauseOf(Graph)}. The view is made
     * once per graph and is safe to read from several threads.
     */
    public org.jgrapht.Graph<ServiceId, Dependency> asJGraphT() {
        DependencyGraphView view = jgraphtView;
        if (view == null) {
            view = new DependencyGraphView(this);
            jgraphtView = view;
        }
        return view;
    }

    /**
     * A graph of only these services, for views that show part of a graph (a focus, a neighbourhood): each kept
     * clause keeps only the members shown, needing at most as many as it keeps; a clause left with no member is
     * dropped; scenarios are dropped. Analyses must run on the whole graph, never on this.
     *
     * @param ids the services to keep; ids not in the graph are ignored
     */
    public Graph restrictedTo(Set<ServiceId> ids) {
        List<Service> kept = new ArrayList<>();
        for (Service s : services) {
            if (!ids.contains(s.id())) {
                continue;
            }
            Service.Builder b = s.toBuilder().clearDependencies();
            for (Clause c : s.dependsOn()) {
                List<ServiceId> members = c.members().stream().filter(ids::contains).toList();
                if (!members.isEmpty()) {
                    b.dependsOn(new Clause(members, Math.min(c.need(), members.size()), c.soft(), c.delay(), c.note()));
                }
            }
            kept.add(b.build());
        }
        return new Graph(name, description, sources, kept, List.of());
    }

    /** The scenario with this id, if there is one. */
    public Optional<Scenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** This graph with another name and description. */
    public Graph withTitle(String newName, String newDescription) {
        return new Graph(newName, newDescription, sources, services, scenarios);
    }

    /** This graph with the service of the same id replaced, or the service added at the end if new. */
    public Graph withService(Service service) {
        List<Service> next = new ArrayList<>(services);
        int at = indexOf(service.id());
        if (at >= 0) {
            next.set(at, service);
        } else {
            next.add(service);
        }
        return new Graph(name, description, sources, next, scenarios);
    }

    /** This graph with the scenario of the same id replaced, or added at the end if new. */
    public Graph withScenario(Scenario scenario) {
        List<Scenario> next = new ArrayList<>(scenarios);
        next.removeIf(s -> s.id().equals(scenario.id()));
        int at = scenarios.stream().map(Scenario::id).toList().indexOf(scenario.id());
        next.add(at >= 0 ? at : next.size(), scenario);
        return new Graph(name, description, sources, services, next);
    }

    /** Where the service with this id is in {@link #services()}, or -1 if there is none. */
    public int indexOf(ServiceId id) {
        return byId.indexOf(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Graph g && name.equals(g.name) && description.equals(g.description)
                && sources.equals(g.sources) && services.equals(g.services) && scenarios.equals(g.scenarios);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, sources, services, scenarios);
    }

    @Override
    public String toString() {
        return "Graph[" + (name.isEmpty() ? "unnamed" : name) + ", " + services.size() + " services]";
    }
}
