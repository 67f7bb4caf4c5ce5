package dev.blastmap.layout;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The layered (Sugiyama) layout of ELK: dependents above their dependencies, edges routed orthogonally,
 * services boxed by region, zone or group as compound nodes. ELK recurses deeply on big graphs, so it runs
 * on its own thread with a large stack.
 */
final class LayeredLayout implements LayoutAlgorithm {

    /** Room above a group's members for its label. */
    static final double GROUP_LABEL_ROOM = 22;
    private static final double GROUP_PADDING = 10;
    /** Above this many services layers are not bounded: with network simplex it costs seconds. */
    static final int MAX_BOUNDED_LAYERING = 80;
    /** Above this many services nodes are placed by Brandes–Köpf, which is linear, instead of network simplex. */
    static final int MAX_NETWORK_SIMPLEX = 200;
    /** Above this many dependencies per service, the quick settings are used whatever the size. */
    static final double MAX_CAREFUL_DENSITY = 2.0;
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    /** The layer bound of the narrow alternative a small graph is also laid out with. */
    static final int NARROW_LAYERS = 3;
    /** How many times the drawing is made again with room for its labels, at most. */
    private static final int ROOM_ROUNDS = 2;
    /** Cards are made wide enough for a zoom this much lower than the drawing's, in case widening lowers it. */
    private static final double ROOM_MARGIN = 0.95;

    private final Grouping grouping;
    private final NodeSizer sizer;

    /** A layout with this grouping, or the finest grouping of each graph when null. */
    LayeredLayout(Grouping grouping, NodeSizer sizer) {
        this.grouping = grouping;
        this.sizer = sizer;
    }

    @Override
    public String name() {
        return "layered";
    }

    @Override
    public Layout layout(Graph graph, LayoutMonitor monitor) {
        AtomicReference<Layout> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(layoutWithFallback(graph, monitor));
            } catch (RuntimeException | StackOverflowError e) {
                failure.set(e);
            }
        }, "blastmap-layered-layout", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while laying out");
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return result.get();
    }

    private Layout layoutWithFallback(Graph graph, LayoutMonitor monitor) {
        Grouping chosen = grouping != null ? grouping : Grouping.finestFor(graph);
        if (chosen == Grouping.NONE) {
            return layoutHere(graph, chosen, monitor);
        }
        try {
            return layoutHere(graph, chosen, monitor);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // ELK 0.10's hierarchical mode has open crash bugs on some graphs (eclipse-elk/elk#968, #1084);
            // a picture without group boxes beats no picture at all.
            return layoutHere(graph, Grouping.NONE, monitor);
        }
    }

    /**
     * The layout with layers bounded as usual and, for a small graph, also with narrow layers, whichever a
     * window shows larger: a drawing much wider than a screen (regions side by side) is shown so small that its
     * labels are cut, and narrower layers make it taller instead.
     */
    private Layout layoutHere(Graph graph, Grouping chosen, LayoutMonitor monitor) {
        List<DrawnDependency> dependencies = DrawnDependency.of(graph);
        // Network simplex placement and bounded layers make the most readable drawings, but their cost grows
        // with the dummy nodes long edges leave behind: seconds for a tangled graph of a hundred services.
        boolean sparse = dependencies.size() <= MAX_CAREFUL_DENSITY * graph.size();
        int layerBound = sparse && graph.size() <= MAX_BOUNDED_LAYERING
                ? Math.max(6, (int) Math.round(0.95 * Math.sqrt(graph.size()))) : 0;
        if (layerBound == 0) {
            return layoutHere(graph, chosen, monitor, dependencies, sparse, layerBound, sizer::width);
        }
        Layout usual = layoutHere(graph, chosen, part(monitor, 0, 0.3), dependencies, sparse, layerBound, sizer::width);
        Layout narrow = layoutHere(graph, chosen, part(monitor, 0.3, 0.6), dependencies, sparse, NARROW_LAYERS,
                sizer::width);
        boolean narrower = fittedZoom(narrow.bounds()) > fittedZoom(usual.bounds());
        return withRoomForLabels(graph, chosen, part(monitor, 0.6, 1), dependencies, sparse,
                narrower ? NARROW_LAYERS : layerBound, narrower ? narrow : usual);
    }

    /**
     * The drawing again with cards as wide as their labels are at its fitted zoom (see {@link LabelRoom}), so
     * that, shown whole, no label is cut; once more if that lowered the zoom. A drawing that fits by its height
     * has width to spare, and then this costs no zoom at all; when it would cost more than a tenth of it, the
     * drawing is kept as it was.
     */
    private Layout withRoomForLabels(Graph graph, Grouping chosen, LayoutMonitor monitor,
            List<DrawnDependency> dependencies, boolean sparse, int layerBound, Layout laidOut) {
        LabelRoom room = new LabelRoom(sizer);
        double first = fittedZoom(laidOut.bounds());
        double zoom = first;
        Layout best = laidOut;
        for (int round = 0; round < ROOM_ROUNDS && zoom < NodeSizer.IN_CARD_ZOOM; round++) {
            double at = zoom * ROOM_MARGIN; // wider cards may lower the zoom a little
            Layout wider = layoutHere(graph, chosen, part(monitor, round / (double) ROOM_ROUNDS,
                    (round + 1) / (double) ROOM_ROUNDS), dependencies, sparse, layerBound, s -> room.width(s, at));
            zoom = fittedZoom(wider.bounds());
            if (zoom < 0.9 * first) {
                break;
            }
            best = wider;
            if (zoom >= at) {
                break;
            }
        }
        monitor.progress(1);
        return best;
    }

    /** The monitor for one part of the work: its progress mapped onto {@code from} to {@code to}. */
    private static LayoutMonitor part(LayoutMonitor whole, double from, double to) {
        return new LayoutMonitor() {
            @Override
            public void progress(double fraction) {
                whole.progress(from + (to - from) * fraction);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }

    /** The zoom at which a drawing fits the graph canvas of a 1440 × 900 window (without the cap at 1). */
    static double fittedZoom(Box bounds) {
        CanvasSize view = CanvasSize.WINDOW_1440_BY_900;
        return Math.min((view.width() - 64) / Math.max(1, bounds.width()), (view.height() - 64) / Math.max(1, bounds.height()));
    }

    private Layout layoutHere(Graph graph, Grouping chosen, LayoutMonitor monitor, List<DrawnDependency> dependencies,
            boolean sparse, int layerBound, java.util.function.ToDoubleFunction<Service> width) {
        monitor.progress(0);
        boolean large = !sparse || graph.size() > MAX_NETWORK_SIMPLEX;
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, layerBound, large);
        if (chosen != Grouping.NONE) {
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        } else {
            // Keeps the file's order where crossings allow; with INCLUDE_CHILDREN it crashes ELK 0.10
            // (eclipse-elk/elk#968), so grouped graphs go without.
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        }

        Map<List<String>, ElkNode> groupNodes = new LinkedHashMap<>();
        Map<ElkNode, GroupKey> groupKeys = new HashMap<>();
        Map<ServiceId, ElkNode> nodes = new LinkedHashMap<>();
        for (Service s : graph.services()) {
            ElkNode parent = root;
            List<String> path = new ArrayList<>();
            for (Grouping.Level level : chosen.levels()) {
                String value = level.of(s);
                if (value == null) {
                    break;
                }
                path.add(level.id() + "=" + value);
                ElkNode container = groupNodes.get(path);
                if (container == null) {
                    container = ElkGraphUtil.createNode(parent);
                    configure(container, layerBound, large);
                    container.setProperty(CoreOptions.PADDING,
                            new ElkPadding(GROUP_LABEL_ROOM + 4, GROUP_PADDING, GROUP_PADDING, GROUP_PADDING));
                    groupNodes.put(List.copyOf(path), container);
                    groupKeys.put(container, new GroupKey(level, value, path.size() - 1));
                }
                parent = container;
            }
            ElkNode n = ElkGraphUtil.createNode(parent);
            n.setDimensions(width.applyAsDouble(s), sizer.height(s));
            nodes.put(s.id(), n);
        }
        Map<ElkEdge, DrawnDependency> edges = new LinkedHashMap<>();
        for (DrawnDependency d : dependencies) {
            ElkEdge e = ElkGraphUtil.createSimpleEdge(nodes.get(d.from()), nodes.get(d.to()));
            ElkGraphUtil.updateContainment(e);
            edges.put(e, d);
        }
        monitor.progress(0.1);
        checkCancelled(monitor);

        new RecursiveGraphLayoutEngine().layout(root, new ElkMonitor(monitor));
        checkCancelled(monitor);
        monitor.progress(0.9);

        Map<ServiceId, Box> boxes = new LinkedHashMap<>();
        nodes.forEach((id, n) -> boxes.put(id, absolute(n)));
        List<GroupBox> groups = new ArrayList<>();
        for (ElkNode g : groupNodes.values()) {
            GroupKey key = groupKeys.get(g);
            List<ServiceId> members = new ArrayList<>();
            nodes.forEach((id, n) -> {
                if (isInside(n, g)) {
                    members.add(id);
                }
            });
            members.sort(null);
            groups.add(new GroupBox(key.level, key.name, absolute(g), key.depth, members));
        }
        groups.sort((a, b) -> Integer.compare(a.depth(), b.depth()));
        List<EdgePath> paths = new ArrayList<>();
        edges.forEach((e, d) -> paths.add(d.along(points(e, boxes.get(d.from()), boxes.get(d.to())))));
        monitor.progress(1);
        return new Layout(boxes, paths, groups, name());
    }

    /**
     * Sets the options on the root and on every group node (ELK reads most of them per compound node).
     * Layers are bounded in width (Coffman–Graham) so that a hundred apps over one database do not make one
     * unreadably wide row; the bound grows with the square root of the size, for a screen-shaped drawing.
     */
    private static void configure(ElkNode node, int layerBound, boolean large) {
        if (layerBound > 0) {
            node.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.COFFMAN_GRAHAM);
            node.setProperty(LayeredOptions.LAYERING_COFFMAN_GRAHAM_LAYER_BOUND, layerBound);
        }
        node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        node.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        // Tight spacings: a big graph shown whole is drawn small, and every unit of room saved here is a
        // larger zoom at fit, where labels stay readable.
        node.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 24.0);
        node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 8.0);
        node.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 4.0);
        node.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 5.0);
        node.setProperty(LayeredOptions.SPACING_EDGE_NODE, 10.0);
        // Edges into the same service meet it at one point and share their last stretch, instead of each
        // taking a lane of its own: the many callers of one service then no longer widen the drawing.
        node.setProperty(LayeredOptions.MERGE_EDGES, true);
        node.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 48.0);
        node.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY,
                large ? NodePlacementStrategy.BRANDES_KOEPF : NodePlacementStrategy.NETWORK_SIMPLEX);
        if (large) {
            node.setProperty(LayeredOptions.THOROUGHNESS, 2);
        }
        node.setProperty(LayeredOptions.RANDOM_SEED, 1);
    }

    private static void checkCancelled(LayoutMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new CancellationException("layout cancelled");
        }
    }

    private static boolean isInside(ElkNode node, ElkNode container) {
        for (ElkNode p = node.getParent(); p != null; p = p.getParent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    private static Box absolute(ElkNode n) {
        double[] offset = offsetOf(n.getParent());
        return new Box(n.getX() + offset[0], n.getY() + offset[1], n.getWidth(), n.getHeight());
    }

    /** Where a node's own coordinate system starts: the sum of its and its ancestors' positions. */
    private static double[] offsetOf(ElkNode n) {
        double x = 0;
        double y = 0;
        for (ElkNode p = n; p != null; p = p.getParent()) {
            x += p.getX();
            y += p.getY();
        }
        return new double[] {x, y};
    }

    /** The edge's points in absolute coordinates; ELK gives them relative to the edge's containing node. */
    private static List<Point> points(ElkEdge e, Box from, Box to) {
        List<Point> pts = new ArrayList<>();
        if (e.getSections().isEmpty()) {
            pts.add(from.borderPointTowards(to.center()));
            pts.add(to.borderPointTowards(from.center()));
            return pts;
        }
        double[] offset = offsetOf(e.getContainingNode());
        for (ElkEdgeSection section : e.getSections()) {
            add(pts, section.getStartX() + offset[0], section.getStartY() + offset[1]);
            for (ElkBendPoint b : section.getBendPoints()) {
                add(pts, b.getX() + offset[0], b.getY() + offset[1]);
            }
            add(pts, section.getEndX() + offset[0], section.getEndY() + offset[1]);
        }
        if (pts.size() < 2) {
            pts.add(to.borderPointTowards(from.center()));
        }
        return pts;
    }

    private static void add(List<Point> pts, double x, double y) {
        Point p = new Point(x, y);
        if (pts.isEmpty() || !pts.get(pts.size() - 1).equals(p)) {
            pts.add(p);
        }
    }

    private record GroupKey(Grouping.Level level, String name, int depth) {
    }

    /** Passes ELK's cancellation checks through to the caller's monitor; sub-monitors share it. */
    private static final class ElkMonitor extends BasicProgressMonitor {
        private final LayoutMonitor monitor;

        ElkMonitor(LayoutMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public boolean isCanceled() {
            return monitor.isCancelled();
        }

        @Override
        protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
            return new ElkMonitor(monitor);
        }
    }
}
