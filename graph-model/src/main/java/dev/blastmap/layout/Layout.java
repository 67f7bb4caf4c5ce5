package dev.blastmap.layout;

import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where everything of one graph is drawn, in model coordinates: a box per service, a polyline per dependency
 * (dependent to dependency), a box per region, zone or group, and the bounds of it all. Immutable; made by a
 * {@link LayoutAlgorithm}.
 */
public final class Layout {

    private final Map<ServiceId, Box> nodes;
    /** Each service's place in {@link #nodes}' order, and each edge's two ends by their places. */
    private final Map<ServiceId, Integer> positions;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    /** Each edge's bounds ({@link EdgePath#bounds}), worked out once: the painter culls by them every frame. */
    private final Box[] edgeBounds;
    private final List<EdgePath> edges;
    private final List<GroupBox> groups;
    private final Box bounds;
    private final String algorithm;

    /**
     * Makes a layout; the bounds are computed from the parts.
     *
     * @param nodes     a box per service, in the graph's order
     * @param edges     a path per dependency, every end a service of {@code nodes}
     * @param groups    group boxes, outer boxes before the boxes they hold
     * @param algorithm the name of the algorithm that made it, for users
     */
    public Layout(Map<ServiceId, Box> nodes, List<EdgePath> edges, List<GroupBox> groups, String algorithm) {
        this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        this.edges = List.copyOf(edges);
        this.groups = List.copyOf(groups);
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.positions = new HashMap<>(2 * this.nodes.size());
        for (ServiceId id : this.nodes.keySet()) {
            positions.put(id, positions.size());
        }
        this.edgeFrom = new int[this.edges.size()];
        this.edgeTo = new int[this.edges.size()];
        this.edgeBounds = new Box[this.edges.size()];
        for (int i = 0; i < edgeFrom.length; i++) {
            EdgePath e = this.edges.get(i);
            Integer from = positions.get(e.from());
            Integer to = positions.get(e.to());
            if (from == null || to == null) {
                throw new IllegalArgumentException("edge " + e.from() + " -> " + e.to() + " names a service without a box");
            }
            edgeFrom[i] = from;
            edgeTo[i] = to;
            edgeBounds[i] = e.bounds();
        }
        this.bounds = boundsOf(this.nodes.values(), this.groups, edgeBounds);
    }

    /**
     * The union of every node box, group box and edge's bounds, as {@link Box#union} of them all gives it, without
     * gathering them in one list first: a 100k graph's layout has 400k of them, and it is made while the user waits.
     */
    private static Box boundsOf(Collection<Box> nodes, List<GroupBox> groups, Box[] edgeBounds) {
        if (nodes.isEmpty() && groups.isEmpty() && edgeBounds.length == 0) {
            return Box.empty();
        }
        double[] extent = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        nodes.forEach(b -> extend(extent, b));
        groups.forEach(g -> extend(extent, g.box()));
        for (Box b : edgeBounds) {
            extend(extent, b);
        }
        return new Box(extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1]);
    }

    private static void extend(double[] extent, Box b) {
        extent[0] = Math.min(extent[0], b.x());
        extent[1] = Math.min(extent[1], b.y());
        extent[2] = Math.max(extent[2], b.maxX());
        extent[3] = Math.max(extent[3], b.maxY());
    }

    /** An empty layout. */
    public static Layout empty() {
        return new Layout(Map.of(), List.of(), List.of(), "none");
    }

    /**
     * The part of this layout that shows these services, nothing moved: their boxes, the edges between them,
     * and each group box that holds one of them, shrunk around the ones it holds with the same margins.
     *
     * @param ids the services to keep; ids without a box are ignored
     */
    public Layout restrictedTo(Set<ServiceId> ids) {
        Map<ServiceId, Box> kept = new LinkedHashMap<>();
        nodes.forEach((id, box) -> {
            if (ids.contains(id)) {
                kept.put(id, box);
            }
        });
        List<EdgePath> keptEdges = edges.stream().filter(e -> kept.containsKey(e.from()) && kept.containsKey(e.to()))
                .toList();
        List<GroupBox> keptGroups = new ArrayList<>();
        for (GroupBox g : groups) {
            List<Box> all = g.members().stream().map(nodes::get).filter(Objects::nonNull).toList();
            List<Box> shown = g.members().stream().map(kept::get).filter(Objects::nonNull).toList();
            if (shown.isEmpty()) {
                continue;
            }
            Box around = Box.union(all);
            Box inner = Box.union(shown);
            Box shrunk = Box.spanning(inner.x() - (around.x() - g.box().x()), inner.y() - (around.y() - g.box().y()),
                    inner.maxX() + (g.box().maxX() - around.maxX()), inner.maxY() + (g.box().maxY() - around.maxY()));
            List<ServiceId> members = g.members().stream().filter(kept::containsKey).toList();
            keptGroups.add(new GroupBox(g.level(), g.name(), shrunk, g.depth(), members));
        }
        return new Layout(kept, keptEdges, keptGroups, algorithm);
    }

    /** The box of every service, in the graph's order. */
    public Map<ServiceId, Box> nodes() {
        return nodes;
    }

    /** The box of one service, if it has one. */
    public Optional<Box> node(ServiceId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** Where a service comes in {@link #nodes()}' order, from 0; -1 if it has no box. */
    public int position(ServiceId id) {
        Integer at = positions.get(id);
        return at == null ? -1 : at;
    }

    /** The position ({@link #position}) of the dependent of edge {@code e} of {@link #edges()}. */
    public int edgeFrom(int e) {
        return edgeFrom[e];
    }

    /** The position ({@link #position}) of the dependency of edge {@code e} of {@link #edges()}. */
    public int edgeTo(int e) {
        return edgeTo[e];
    }

    /** The smallest box holding every point of edge {@code e} of {@link #edges()}. */
    public Box edgeBounds(int e) {
        return edgeBounds[e];
    }

    /** The path of every dependency, dependent to dependency. */
    public List<EdgePath> edges() {
        return edges;
    }

    /** The region, zone and group boxes, outer boxes first. */
    public List<GroupBox> groups() {
        return groups;
    }

    /** The smallest box holding every node, edge and group. */
    public Box bounds() {
        return bounds;
    }

    /** The name of the algorithm that made this layout, for example {@code layered}. */
    public String algorithm() {
        return algorithm;
    }

    /** The smallest box holding the boxes of these services; empty if none of them has a box. */
    public Optional<Box> boundsOf(Iterable<ServiceId> ids) {
        List<Box> boxes = new ArrayList<>();
        for (ServiceId id : ids) {
            Box b = nodes.get(id);
            if (b != null) {
                boxes.add(b);
            }
        }
        return boxes.isEmpty() ? Optional.empty() : Optional.of(Box.union(boxes));
    }

    @Override
    public String toString() {
        return "Layout[" + algorithm + ", " + nodes.size() + " nodes, " + edges.size() + " edges, "
                + groups.size() + " groups]";
    }
}
