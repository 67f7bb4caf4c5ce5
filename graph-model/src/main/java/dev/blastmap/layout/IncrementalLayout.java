package dev.blastmap.layout;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Lays out an edited graph from the layout of the graph before, as an editor does: services that were there
 * keep their place, a new service goes near its neighbours (above what it depends on, below what depends
 * on it) or at the point it was asked for, on a free spot, and nothing else moves. Dependencies whose two
 * services kept their place keep their route; new ones are drawn straight. Group boxes are the boxes before,
 * grown to take in new members (they never shrink by themselves; Re-layout tidies them); a region, zone or
 * group that had no box gets one at once, drawn around its members where they are, as yEd draws a new group
 * around the nodes put in it. The levels boxed are those of the layout before; a layout that had no boxes
 * and was not force-directed (which draws none) boxes what a layered layout of the new graph would
 * ({@link Grouping#finestFor(Graph)}).
 *
 * <p>Linear in the graph apart from the free-spot search, which only runs for new services; so it runs on
 * the FX thread after each edit. "Re-layout" runs a full layout instead.
 */
public final class IncrementalLayout {

    static final double GAP = 40;
    private static final double GROUP_PADDING = 10;

    private final NodeSizer sizer;

    /** A layout that sizes new and renamed services with {@code sizer}. */
    public IncrementalLayout(NodeSizer sizer) {
        this.sizer = Objects.requireNonNull(sizer, "sizer");
    }

    /**
     * The layout of {@code graph} made from {@code previous}.
     *
     * @param previous the layout of the graph before the edit
     * @param graph    the graph after it
     * @param wanted   where to centre new services that have no laid-out neighbour (model coordinates); a
     *                 service without either goes beside the layout
     */
    public Layout update(Layout previous, Graph graph, Map<ServiceId, Point> wanted) {
        Map<ServiceId, Box> nodes = new LinkedHashMap<>();
        List<Service> added = new ArrayList<>();
        for (Service s : graph.services()) {
            Box before = previous.nodes().get(s.id());
            if (before == null) {
                added.add(s);
            } else {
                nodes.put(s.id(), new Box(before.x(), before.y(), sizer.width(s), before.height()));
            }
        }
        Map<ServiceId, List<ServiceId>> dependents = added.isEmpty() ? Map.of() : dependents(graph);
        for (Service s : added) {
            Point centre = placeFor(s, dependents.getOrDefault(s.id(), List.of()), nodes, wanted, previous);
            double w = sizer.width(s);
            double h = sizer.height(s);
            nodes.put(s.id(), freeSpot(new Box(centre.x() - w / 2, centre.y() - h / 2, w, h), nodes));
        }
        return new Layout(order(graph, nodes), edges(graph, previous, nodes), groups(graph, previous, nodes),
                previous.algorithm());
    }

    private static Map<ServiceId, List<ServiceId>> dependents(Graph graph) {
        Map<ServiceId, List<ServiceId>> dependents = new HashMap<>();
        for (Service s : graph.services()) {
            for (ServiceId d : s.dependencies()) {
                dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(s.id());
            }
        }
        return dependents;
    }

    private static Point placeFor(Service s, List<ServiceId> dependents, Map<ServiceId, Box> nodes,
                                  Map<ServiceId, Point> wanted, Layout previous) {
        List<Box> below = s.dependencies().stream().map(nodes::get).filter(Objects::nonNull).toList();
        List<Box> above = dependents.stream().map(nodes::get).filter(Objects::nonNull).toList();
        Point asked = wanted.get(s.id());
        if (asked != null) {
            return asked;
        }
        if (!below.isEmpty() || !above.isEmpty()) {
            List<Box> all = new ArrayList<>(below);
            all.addAll(above);
            double x = all.stream().mapToDouble(Box::centerX).average().orElseThrow();
            double y;
            if (above.isEmpty()) {
                y = below.stream().mapToDouble(Box::y).min().orElseThrow() - NodeSizer.HEIGHT / 2 - GAP;
            } else if (below.isEmpty()) {
                y = above.stream().mapToDouble(Box::maxY).max().orElseThrow() + NodeSizer.HEIGHT / 2 + GAP;
            } else {
                y = all.stream().mapToDouble(Box::centerY).average().orElseThrow();
            }
            return new Point(x, y);
        }
        Box bounds = nodes.isEmpty() ? previous.bounds() : Box.union(nodes.values());
        return nodes.isEmpty() ? new Point(0, 0) : new Point(bounds.maxX() + GAP + NodeSizer.MIN_WIDTH / 2,
                bounds.y() + NodeSizer.HEIGHT / 2);
    }

    /**
     * The first box, trying {@code desired} and then rings of places around it (a node's width apart
     * sideways, a row apart up and down), that overlaps no box already placed, with a gap around it.
     */
    static Box freeSpot(Box desired, Map<ServiceId, Box> placed) {
        double stepX = desired.width() + GAP / 2;
        double stepY = desired.height() + GAP / 2;
        for (int ring = 0; ring < 1000; ring++) {
            for (int dy = -ring; dy <= ring; dy++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != ring) {
                        continue;
                    }
                    Box candidate = desired.translate(dx * stepX, dy * stepY);
                    Box padded = candidate.inflate(GAP / 4);
                    if (placed.values().stream().noneMatch(padded::intersects)) {
                        return candidate;
                    }
                }
            }
        }
        return desired;
    }

    private static Map<ServiceId, Box> order(Graph graph, Map<ServiceId, Box> nodes) {
        Map<ServiceId, Box> ordered = new LinkedHashMap<>();
        graph.services().forEach(s -> ordered.put(s.id(), nodes.get(s.id())));
        return ordered;
    }

    private static List<EdgePath> edges(Graph graph, Layout previous, Map<ServiceId, Box> nodes) {
        Map<List<ServiceId>, EdgePath> before = new HashMap<>();
        previous.edges().forEach(e -> before.put(List.of(e.from(), e.to()), e));
        List<EdgePath> edges = new ArrayList<>();
        for (DrawnDependency d : DrawnDependency.of(graph)) {
            EdgePath old = before.get(List.of(d.from(), d.to()));
            Box from = nodes.get(d.from());
            Box to = nodes.get(d.to());
            if (old != null && from.equals(previous.nodes().get(d.from())) && to.equals(previous.nodes().get(d.to()))) {
                edges.add(d.along(old.points()));
            } else {
                edges.add(d.along(List.of(from.borderPointTowards(to.center()), to.borderPointTowards(from.center()))));
            }
        }
        return edges;
    }

    private static List<GroupBox> groups(Graph graph, Layout previous, Map<ServiceId, Box> nodes) {
        List<GroupBox> groups = new ArrayList<>();
        for (GroupBox g : previous.groups()) {
            TreeSet<ServiceId> members = new TreeSet<>();
            for (Service s : graph.services()) {
                if (g.name().equals(g.level().of(s)) && (g.depth() == 0 || insideSameParent(g, s, previous))) {
                    members.add(s.id());
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            // The box before stays as it was (as in yEd, a group does not shrink by itself); it only grows
            // to take in a member that lies outside it, with room for its label.
            Box box = g.box();
            for (ServiceId m : members) {
                Box b = nodes.get(m);
                if (!box.contains(b)) {
                    box = box.union(around(b));
                }
            }
            groups.add(new GroupBox(g.level(), g.name(), box, g.depth(), List.copyOf(members)));
        }
        List<Grouping.Level> levels = levels(graph, previous);
        for (int depth = levels.size() - 1; depth >= 0; depth--) {
            groups.addAll(newGroups(graph, levels, depth, groups, nodes));
        }
        groups.sort(java.util.Comparator.comparingInt(GroupBox::depth));
        return holdingTheirBoxes(groups);
    }

    /** The levels of boxes, outermost first: the layout's own, or a layered layout's for a layout without. */
    private static List<Grouping.Level> levels(Graph graph, Layout previous) {
        if (!previous.groups().isEmpty()) {
            return previous.groups().stream().sorted(java.util.Comparator.comparingInt(GroupBox::depth))
                    .map(GroupBox::level).distinct().toList();
        }
        return "force".equals(previous.algorithm()) ? List.of() : Grouping.finestFor(graph).levels();
    }

    /**
     * Boxes for the services that have a value at {@code levels[depth]} (and at every level above) but are
     * in no box of it yet, one per value (and, nested, per value of the levels above); each is drawn around
     * its members and the boxes already made inside it.
     */
    private static List<GroupBox> newGroups(Graph graph, List<Grouping.Level> levels, int depth,
                                            List<GroupBox> existing, Map<ServiceId, Box> nodes) {
        Grouping.Level level = levels.get(depth);
        Map<List<String>, TreeSet<ServiceId>> byPath = new LinkedHashMap<>();
        for (Service s : graph.services()) {
            List<String> path = new ArrayList<>();
            for (int i = 0; i <= depth && path.size() == i; i++) {
                String value = levels.get(i).of(s);
                if (value != null) {
                    path.add(value);
                }
            }
            boolean boxed = existing.stream().anyMatch(g -> g.level() == level && g.depth() == depth
                    && g.members().contains(s.id()));
            if (path.size() == depth + 1 && !boxed) {
                byPath.computeIfAbsent(path, k -> new TreeSet<>()).add(s.id());
            }
        }
        List<GroupBox> made = new ArrayList<>();
        byPath.forEach((path, members) -> {
            List<Box> inside = new ArrayList<>();
            members.forEach(m -> inside.add(around(nodes.get(m))));
            existing.stream().filter(g -> g.depth() == depth + 1 && members.containsAll(g.members()))
                    .forEach(g -> inside.add(around(g.box())));
            made.add(new GroupBox(level, path.get(depth), Box.union(inside), depth, List.copyOf(members)));
        });
        return made;
    }

    /** The outer boxes grown, where needed, to hold the boxes inside them with room for their labels. */
    private static List<GroupBox> holdingTheirBoxes(List<GroupBox> groups) {
        List<GroupBox> grown = new ArrayList<>();
        for (GroupBox g : groups) {
            Box box = g.box();
            for (GroupBox inner : groups) {
                if (inner.depth() == g.depth() + 1 && g.members().containsAll(inner.members())
                        && !box.contains(inner.box())) {
                    box = box.union(around(inner.box()));
                }
            }
            grown.add(new GroupBox(g.level(), g.name(), box, g.depth(), g.members()));
        }
        return grown;
    }

    /** A box holding {@code b} with the padding and the label room of a group box. */
    private static Box around(Box b) {
        return new Box(b.x() - GROUP_PADDING, b.y() - LayeredLayout.GROUP_LABEL_ROOM - 4,
                b.width() + 2 * GROUP_PADDING, b.height() + LayeredLayout.GROUP_LABEL_ROOM + 4 + GROUP_PADDING);
    }

    /** True if the service belongs in nested box {@code g}: a zone box lies in its service's region box. */
    private static boolean insideSameParent(GroupBox g, Service s, Layout previous) {
        return previous.groups().stream().filter(p -> p.depth() == g.depth() - 1 && p.box().contains(g.box()))
                .allMatch(p -> p.name().equals(p.level().of(s)));
    }
}
