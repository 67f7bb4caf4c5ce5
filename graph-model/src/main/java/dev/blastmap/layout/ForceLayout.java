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
 *
 * <p>Two things JGraphT's Barnes–Hut index ({@code FRQuadTree}) cannot take are kept out of it. It splits its
 * box by halving, and with a side like {@code sqrt(n) * 230} the halves' far edges round to slightly less
 * than the parent's, so a service the layout clamped onto the far edge of the frame (which happens whenever
 * forces push one outward) fits in no child and {@code insert} throws. The frame's side is therefore rounded
 * up to four significant bits (at most 1/8 larger), which halves exactly for some fifty levels, far below
 * any distance between two services that are not at the same point; the normalisation factor is scaled so
 * that the ideal distance between services stays {@link #CELL}. And two services at the same point make the index split forever;
 * a vertex whose forces cancel exactly gets a NaN position (the library divides by the displacement's
 * length). Before each iteration {@link MonitoredFr} puts such a service back where it was and moves
 * coincident ones a hair apart.
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
        List<DrawnDependency> dependencies = DrawnDependency.of(graph);
        for (DrawnDependency d : dependencies) {
            int a = index.get(d.from());
            int b = index.get(d.to());
            if (!g.containsEdge(a, b)) {
                g.addEdge(a, b);
            }
        }
        double wanted = Math.sqrt(n) * CELL;
        double side = exactlyHalvable(wanted);
        LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(0, 0, side, side));
        int iterations = n <= 300 ? 300 : n <= 2000 ? 150 : 80;
        Random rng = new Random(SEED);
        MonitoredFr fr = new MonitoredFr(iterations, wanted / side, rng, monitor);
        fr.layout(g, model);
        fr.keepUsable(g, model);

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
        for (DrawnDependency d : dependencies) {
            Box from = boxes.get(d.from());
            Box to = boxes.get(d.to());
            edges.add(d.along(List.of(from.borderPointTowards(to.center()), to.borderPointTowards(from.center()))));
        }
        monitor.progress(1);
        return new Layout(boxes, edges, List.of(), name());
    }

    /**
     * The smallest number not below {@code x} (x > 0) with at most four significant bits: m × 2^e with m < 16,
     * so that halving it again and again, and adding the halves, gives exact results.
     */
    static double exactlyHalvable(double x) {
        double unit = Math.scalb(1.0, Math.getExponent(x) - 3);
        return Math.ceil(x / unit) * unit;
    }

    private static void checkCancelled(LayoutMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new CancellationException("layout cancelled");
        }
    }

    /**
     * Reports progress and checks for cancellation once per iteration, and before each iteration keeps the
     * positions usable by the quadtree (see the class comment).
     */
    private static final class MonitoredFr extends IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge> {
        private final LayoutMonitor monitor;
        private final Map<Integer, Point2D> previous = new HashMap<>();
        private int done;

        MonitoredFr(int iterations, double normalizationFactor, Random rng, LayoutMonitor monitor) {
            super(iterations, DEFAULT_THETA_FACTOR, normalizationFactor, rng);
            this.monitor = monitor;
        }

        @Override
        protected Map<Integer, Point2D> calculateRepulsiveForces(org.jgrapht.Graph<Integer, DefaultEdge> graph,
                                                                 LayoutModel2D<Integer> model) {
            checkCancelled(monitor);
            monitor.progress(0.9 * ++done / iterations);
            keepUsable(graph, model);
            return super.calculateRepulsiveForces(graph, model);
        }

        /**
         * Puts a service whose position became NaN (its forces cancelled: it should not have moved) back where
         * it was, and moves a service that sits exactly on another one a small step towards the middle of the
         * frame, or away from it, until no two share a point.
         */
        void keepUsable(org.jgrapht.Graph<Integer, DefaultEdge> graph, LayoutModel2D<Integer> model) {
            Box2D frame = model.getDrawableArea();
            double step = frame.getWidth() * 1e-6;
            java.util.Set<Point2D> taken = new java.util.HashSet<>();
            for (Integer v : graph.vertexSet()) {
                Point2D p = model.get(v);
                if (Double.isNaN(p.getX()) || Double.isNaN(p.getY())) {
                    p = previous.getOrDefault(v, Point2D.of(frame.getWidth() / 2, frame.getHeight() / 2));
                }
                int attempt = 0;
                while (!taken.add(p)) {
                    attempt++;
                    double angle = attempt * 2.399963; // golden angle: successive tries spread around the point
                    double x = clamp(p.getX() + step * attempt * Math.cos(angle), frame.getMinX(), frame.getMaxX());
                    double y = clamp(p.getY() + step * attempt * Math.sin(angle), frame.getMinY(), frame.getMaxY());
                    p = Point2D.of(x, y);
                }
                model.put(v, p);
                previous.put(v, p);
            }
        }

        private static double clamp(double value, double min, double max) {
            return Math.max(min, Math.min(max, value));
        }
    }
}
