package dev.blastmap.model;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only JGraphT view of a {@link Graph}: vertices are the service ids, edges the {@link Dependency}
 * edges, pointing from dependent to dependency. Nothing is copied: vertices and outgoing edges are read from the
 * graph as asked; the incoming edges of every service are indexed once, on first use, in one pass over the
 * dependencies (the graph is immutable, so the index never goes stale). Every mutator throws
 * {@link UnsupportedOperationException}, as in JGraphT's {@code AsUnmodifiableGraph}.
 *
 * <p>Thread-safe: any number of threads may read one view at once.
 */
final class DependencyGraphView extends AbstractGraph<ServiceId, Dependency> {

    private static final GraphType TYPE = new DefaultGraphType.Builder().directed().allowMultipleEdges(true)
            .allowSelfLoops(false).allowCycles(true).weighted(false).modifiable(false).build();

    private final Graph graph;
    private volatile Map<ServiceId, List<Dependency>> incoming;
    private volatile int edgeCount = -1;

    DependencyGraphView(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Set<Dependency> getAllEdges(ServiceId sourceVertex, ServiceId targetVertex) {
        if (!graph.contains(sourceVertex) || !graph.contains(targetVertex)) {
            return null;
        }
        Set<Dependency> edges = new LinkedHashSet<>();
        for (Dependency d : outgoingEdgesOf(sourceVertex)) {
            if (d.dependency().equals(targetVertex)) {
                edges.add(d);
            }
        }
        return Collections.unmodifiableSet(edges);
    }

    @Override
    public Dependency getEdge(ServiceId sourceVertex, ServiceId targetVertex) {
        Service source = graph.service(sourceVertex).orElse(null);
        if (source == null || !graph.contains(targetVertex)) {
            return null;
        }
        List<Clause> clauses = source.dependsOn();
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).members().contains(targetVertex)) {
                return new Dependency(sourceVertex, targetVertex, i);
            }
        }
        return null;
    }

    @Override
    public Supplier<ServiceId> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Dependency> getEdgeSupplier() {
        return null;
    }

    @Override
    public Dependency addEdge(ServiceId sourceVertex, ServiceId targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(ServiceId sourceVertex, ServiceId targetVertex, Dependency e) {
        throw readOnly();
    }

    @Override
    public ServiceId addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(ServiceId v) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Dependency e) {
        if (e == null) {
            return false;
        }
        Service service = graph.service(e.dependent()).orElse(null);
        return service != null && e.clause() < service.dependsOn().size()
                && service.dependsOn().get(e.clause()).members().contains(e.dependency());
    }

    @Override
    public boolean containsVertex(ServiceId v) {
        return v != null && graph.contains(v);
    }

    @Override
    public Set<Dependency> edgeSet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Dependency> iterator() {
                return new EdgeIterator();
            }

            @Override
            public int size() {
                return edgeCount();
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Dependency d && containsEdge(d);
            }
        };
    }

    @Override
    public int degreeOf(ServiceId vertex) {
        return inDegreeOf(vertex) + outDegreeOf(vertex);
    }

    @Override
    public Set<Dependency> edgesOf(ServiceId vertex) {
        Set<Dependency> edges = new LinkedHashSet<>(outgoingEdgesOf(vertex));
        edges.addAll(incomingEdgesOf(vertex));
        return Collections.unmodifiableSet(edges);
    }

    @Override
    public int inDegreeOf(ServiceId vertex) {
        return incomingEdgesOf(vertex).size();
    }

    @Override
    public Set<Dependency> incomingEdgesOf(ServiceId vertex) {
        assertVertexExist(vertex);
        List<Dependency> edges = incoming().getOrDefault(vertex, List.of());
        return new AbstractSet<>() {
            @Override
            public Iterator<Dependency> iterator() {
                return edges.iterator();
            }

            @Override
            public int size() {
                return edges.size();
            }
        };
    }

    @Override
    public int outDegreeOf(ServiceId vertex) {
        assertVertexExist(vertex);
        int degree = 0;
        for (Clause c : graph.require(vertex).dependsOn()) {
            degree += c.members().size();
        }
        return degree;
    }

    @Override
    public Set<Dependency> outgoingEdgesOf(ServiceId vertex) {
        assertVertexExist(vertex);
        List<Clause> clauses = graph.require(vertex).dependsOn();
        Set<Dependency> edges = new LinkedHashSet<>();
        for (int i = 0; i < clauses.size(); i++) {
            for (ServiceId member : clauses.get(i).members()) {
                edges.add(new Dependency(vertex, member, i));
            }
        }
        return Collections.unmodifiableSet(edges);
    }

    @Override
    public Dependency removeEdge(ServiceId sourceVertex, ServiceId targetVertex) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Dependency e) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(ServiceId v) {
        throw readOnly();
    }

    @Override
    public Set<ServiceId> vertexSet() {
        return graph.serviceIds();
    }

    @Override
    public ServiceId getEdgeSource(Dependency e) {
        requireEdge(e);
        return e.dependent();
    }

    @Override
    public ServiceId getEdgeTarget(Dependency e) {
        requireEdge(e);
        return e.dependency();
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Dependency e) {
        requireEdge(e);
        return DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public void setEdgeWeight(Dependency e, double weight) {
        throw readOnly();
    }

    private void requireEdge(Dependency e) {
        if (!containsEdge(e)) {
            throw new IllegalArgumentException("no such edge in graph: " + e);
        }
    }

    private Map<ServiceId, List<Dependency>> incoming() {
        Map<ServiceId, List<Dependency>> index = incoming;
        if (index == null) {
            Map<ServiceId, List<Dependency>> built = new HashMap<>();
            for (Service s : graph.services()) {
                List<Clause> clauses = s.dependsOn();
                for (int i = 0; i < clauses.size(); i++) {
                    for (ServiceId member : clauses.get(i).members()) {
                        built.computeIfAbsent(member, k -> new ArrayList<>()).add(new Dependency(s.id(), member, i));
                    }
                }
            }
            built.replaceAll((k, v) -> List.copyOf(v));
            index = Map.copyOf(built);
            incoming = index;
        }
        return index;
    }

    private int edgeCount() {
        int count = edgeCount;
        if (count < 0) {
            count = 0;
            for (Service s : graph.services()) {
                for (Clause c : s.dependsOn()) {
                    count += c.members().size();
                }
            }
            edgeCount = count;
        }
        return count;
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a Blastmap graph is immutable: edit the model and take a new view");
    }

    /** Walks services in file order, their clauses in order and each clause's members in order. */
    private final class EdgeIterator implements Iterator<Dependency> {
        private final Iterator<Service> services = graph.services().iterator();
        private Service service;
        private int clause;
        private int member;

        @Override
        public boolean hasNext() {
            while (service == null || clause >= service.dependsOn().size()) {
                if (!services.hasNext()) {
                    return false;
                }
                service = services.next();
                clause = 0;
                member = 0;
            }
            return true;
        }

        @Override
        public Dependency next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<ServiceId> members = service.dependsOn().get(clause).members();
            Dependency d = new Dependency(service.id(), members.get(member), clause);
            if (++member == members.size()) {
                member = 0;
                clause++;
            }
            return d;
        }
    }
}
