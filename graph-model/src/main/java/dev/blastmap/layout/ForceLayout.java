package dev.blastmap.layout;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Places services with JGraphT's Fruchterman–Reingold layout, its repulsion approximated by Barnes–Hut so
 * that ten thousand services take seconds, then pushes overlapping boxes apart. Edges are straight lines
 * between box borders. No group boxes: forces do not keep a group's members together.
 */
final class ForceLayout implements LayoutAlgorithm {

    /** Room per service: the side of the square each service gets on average. */
    private static final double CELL = 230;
    private static final long SEED = 20251020L;

    private final NodeSizer sizer;

    ForceLayout(NodeSizer sizer) {
        this.sizer = sizer;
    }

    @Override
    public String name() {
        return "force";
    }

    @Override
    public Layout layout(Graph graph, LayoutMonitor monitor) {
        int n = graph.size();
        monitor.progress(0);
        if (n == 0) {
            return new Layout(Map.of(), List.of(), List.of(), name());
        }
        Map<ServiceId, Integer> index = new HashMap<>();
        SimpleGraph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            index.put(graph.services().get(i).id(), i);
            g.addVertex(i);
        }
        List<Dependency> dependencies = Dependency.of(graph);
        for (Dependency d : dependencies) {
            int a = index.get(d.from());
            int b = index.get(d.to());
            if (!g.containsEdge(a, b)) {
                g.addEdge(a, b);
            }
        }
        double side = Math.sqrt(n) * CELL;
        LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(0, 0, side, side));
        int iterations = n <= 300 ? 300 : n <= 2000 ? 150 : 80;
        Random rng = new Random(SEED);
        new MonitoredFr(iterations, rng, monitor).layout(g, model);

        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            Service s = graph.services().get(i);
            Point2D p = model.get(i);
            cx[i] = p.getX();
            cy[i] = p.getY();
            w[i] = sizer.width(s);
            h[i] = sizer.height(s);
        }
        checkCancelled(monitor);
        OverlapRemoval.separate(cx, cy, w, h, 16);
        monitor.progress(0.95);

        Map<ServiceId, Box> boxes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            boxes.put(graph.services().get(i).id(), new Box(cx[i] - w[i] / 2, cy[i] - h[i] / 2, w[i], h[i]));
        }
        List<EdgePath> edges = new ArrayList<>(dependencies.size());
        for (Dependency d : dependencies) {
            Box from = boxes.get(d.from());
            Box to = boxes.get(d.to());
            edges.add(d.along(List.of(from.borderPointTowards(to.center()), to.borderPointTowards(from.center()))));
        }
        monitor.progress(1);
        return new Layout(boxes, edges, List.of(), name());
    }

    private static void checkCancelled(LayoutMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new CancellationException("layout cancelled");
        }
    }

    /** Reports progress and checks for cancellation once per iteration. */
    private static final class MonitoredFr extends IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge> {
        private final LayoutMonitor monitor;
        private int done;

        MonitoredFr(int iterations, Random rng, LayoutMonitor monitor) {
            super(iterations, DEFAULT_THETA_FACTOR, 1.0, rng);
            this.monitor = monitor;
        }

        @Override
        protected Map<Integer, Point2D> calculateRepulsiveForces(org.jgrapht.Graph<Integer, DefaultEdge> graph,
                                                                 LayoutModel2D<Integer> model) {
            checkCancelled(monitor);
            monitor.progress(0.9 * ++done / iterations);
            return super.calculateRepulsiveForces(graph, model);
        }
    }
}
