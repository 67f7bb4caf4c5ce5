package dev.blastmap.app.canvas;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.io.GraphFormats;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Measures the frames per second of the real {@link GraphCanvas} in a real window while it pans, zooms and
 * animates a spreading failure. Not a test (no timing assertions): run it by hand under Xvfb, see
 * docs/performance.md for the command.
 *
 * <pre>
 * CanvasFrameRateHarness synthetic [seconds-per-phase]     10,000 services, 30,000 dependencies, force layout
 * CanvasFrameRateHarness FILE [seconds-per-phase]          a graph file, automatic layout
 * </pre>
 */
public final class CanvasFrameRateHarness {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    private final Graph graph;
    private final Layout layout;
    private final List<Function<ServiceId, ServiceState>> waves;
    private final double seconds;
    private GraphCanvas canvas;

    private CanvasFrameRateHarness(Graph graph, Layout layout, List<Function<ServiceId, ServiceState>> waves,
                                   double seconds) {
        this.graph = graph;
        this.layout = layout;
        this.waves = waves;
        this.seconds = seconds;
    }

    /** Runs the measurement and exits. */
    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "synthetic";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        long t0 = System.nanoTime();
        Graph graph = which.equals("synthetic") ? synthetic(10_000, 30_000, 42) : GraphFormats.read(Path.of(which)).graph();
        LayoutAlgorithm algorithm = which.equals("synthetic") ? LayoutAlgorithm.force() : LayoutAlgorithm.automatic();
        Layout layout = algorithm.layout(graph);
        long t1 = System.nanoTime();
        List<ServiceId> hubs = hubs(graph, which.equals("synthetic") ? 10 : 1);
        BlastRadius radius = new PropagationEngine(graph).knockOut(hubs);
        System.out.printf(Locale.ROOT, "graph: %s, %d services, %d dependencies; %s layout in %.1f s; knockout of %s: %d down%n",
                which, graph.size(), layout.edges().size(), layout.algorithm(), (t1 - t0) / 1e9, hubs,
                radius.impact().down());
        new CanvasFrameRateHarness(graph, layout, waves(radius), seconds).run();
    }

    private void run() throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            canvas = new GraphCanvas();
            canvas.setGraph(graph, layout);
            stage.setScene(new Scene(new StackPane(canvas), WIDTH, HEIGHT));
            stage.setTitle("Blastmap frame rate");
            stage.show();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(1500);
        List<Phase> phases = List.of(
                new Phase("pan, whole graph in view", this::panFitted),
                new Phase("pan, zoom 1 (labels)", this::panClose),
                new Phase("zoom in and out", this::zoom),
                new Phase("failure spreading, whole graph", this::spread));
        for (Phase phase : phases) {
            measure(phase);
        }
        Platform.exit();
        System.exit(0);
    }

    private void measure(Phase phase) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] frames = new long[2];
        long[] times = new long[2];
        long[][] cpu = new long[2][];
        // Gaps between drawn frames longer than 1.5 pulses, and the longest: where the eye sees a stutter.
        long[] stutters = new long[2];
        Platform.runLater(() -> {
            Viewport fitted = canvas.fitted();
            canvas.setViewport(fitted);
            new AnimationTimer() {
                private long start = -1;
                private long lastDrawn = -1;
                private long drawnBefore = -1;

                @Override
                public void handle(long now) {
                    if (start < 0) {
                        start = now;
                        frames[0] = canvas.framesDrawn();
                        times[0] = System.nanoTime();
                        cpu[0] = renderingCpu();
                    }
                    double t = (now - start) / 1e9;
                    if (canvas.framesDrawn() != drawnBefore) {
                        if (lastDrawn > 0 && now - lastDrawn > 25_000_000L) {
                            stutters[0]++;
                            stutters[1] = Math.max(stutters[1], now - lastDrawn);
                        }
                        lastDrawn = now;
                        drawnBefore = canvas.framesDrawn();
                    }
                    if (t >= seconds) {
                        frames[1] = canvas.framesDrawn();
                        times[1] = System.nanoTime();
                        cpu[1] = renderingCpu();
                        stop();
                        done.countDown();
                        return;
                    }
                    phase.step.step(fitted, t);
                }
            }.start();
        });
        done.await();
        double elapsed = (times[1] - times[0]) / 1e9;
        long n = frames[1] - frames[0];
        double fxMs = (cpu[1][0] - cpu[0][0]) / 1e6 / Math.max(1, n);
        double renderMs = (cpu[1][1] - cpu[0][1]) / 1e6 / Math.max(1, n);
        double pictureMs = (cpu[1][2] - cpu[0][2]) / 1e6 / elapsed;
        System.out.printf(Locale.ROOT, "%-34s %6d frames in %5.2f s = %6.1f fps, %3d stutters (longest %3d ms);"
                + " CPU per frame: FX thread %5.1f ms, renderer %5.1f ms -> %6.1f fps when the two threads have a"
                + " core each; picture thread %4.0f ms a second%n", phase.name, n, elapsed, n / elapsed, stutters[0],
                stutters[1] / 1_000_000, fxMs, renderMs, 1000 / Math.max(fxMs, renderMs), pictureMs);
    }

    /**
     * CPU time so far of the FX application thread, of the renderer thread and of the thread that paints the
     * cached picture, in nanoseconds.
     */
    private static long[] renderingCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long fx = 0;
        long render = 0;
        long picture = 0;
        for (java.lang.management.ThreadInfo info : threads.dumpAllThreads(false, false)) {
            long t = threads.getThreadCpuTime(info.getThreadId());
            if (info.getThreadName().equals("JavaFX Application Thread")) {
                fx += t;
            } else if (info.getThreadName().startsWith("QuantumRenderer")) {
                render += t;
            } else if (info.getThreadName().equals("blastmap-picture")) {
                picture += t;
            }
        }
        return new long[] {fx, render, picture};
    }

    private void panFitted(Viewport fitted, double t) {
        canvas.setViewport(fitted.panBy(120 * Math.sin(t * 2), 80 * Math.cos(t * 2)));
    }

    private void panClose(Viewport fitted, double t) {
        Box b = layout.bounds();
        Viewport close = new Viewport(1, 0, 0).centredOn(b.centerX() + 600 * Math.sin(t), b.centerY() + 400 * Math.cos(t),
                WIDTH, HEIGHT);
        canvas.setViewport(close);
    }

    private void zoom(Viewport fitted, double t) {
        // Up to 6x, but short of the zoom limit: a view held at the limit has nothing new to draw.
        double most = Math.min(6, 0.95 * Viewport.MAX_SCALE / fitted.scale());
        double factor = Math.exp(Math.log(most) * (0.5 - 0.5 * Math.cos(t * 1.5)));
        canvas.setViewport(fitted.zoomAt(factor, WIDTH / 2.0, HEIGHT / 2.0));
    }

    private void spread(Viewport fitted, double t) {
        int wave = (int) (t * 6) % waves.size();
        canvas.setStates(waves.get(wave));
    }

    /** The state of every service after each wave of the knockout, then all healthy again. */
    private static List<Function<ServiceId, ServiceState>> waves(BlastRadius radius) {
        int last = radius.down().stream().mapToInt(Failure::wave).max().orElse(0);
        List<Function<ServiceId, ServiceState>> waves = new ArrayList<>();
        for (int w = 0; w <= last; w++) {
            int upTo = w;
            waves.add(id -> radius.failure(id).filter(f -> f.wave() <= upTo)
                    .map(f -> f.knockedOut() ? ServiceState.KNOCKED_OUT : ServiceState.DOWN).orElse(ServiceState.HEALTHY));
        }
        waves.add(radius::state);
        waves.add(id -> ServiceState.HEALTHY);
        return waves;
    }

    /** The services most others depend on directly. */
    private static List<ServiceId> hubs(Graph graph, int count) {
        java.util.Map<ServiceId, Integer> in = new java.util.HashMap<>();
        graph.services().forEach(s -> s.dependencies().forEach(d -> in.merge(d, 1, Integer::sum)));
        return in.entrySet().stream().sorted(java.util.Map.Entry.<ServiceId, Integer>comparingByValue().reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey())).limit(count).map(java.util.Map.Entry::getKey).toList();
    }

    /**
     * A layered system: apps on top, then services, data stores and infrastructure; each depends on about
     * {@code dependencies / size} services of lower tiers, mostly near itself, so that a force layout shows
     * neighbourhoods.
     */
    static Graph synthetic(int size, int dependencies, long seed) {
        Random rng = new Random(seed);
        Kind[] tierKinds = {Kind.APP, Kind.SERVICE, Kind.DATABASE, Kind.COMPUTE};
        List<Service> services = new ArrayList<>(size);
        int perService = Math.max(1, (int) Math.round(dependencies / (0.75 * size)));
        for (int i = 0; i < size; i++) {
            int tier = Math.min(3, i * 4 / size);
            Service.Builder b = Service.builder("svc-" + i).label(tierKinds[tier].id() + " " + i).kind(tierKinds[tier])
                    .region("region-" + (i % 3)).customerFacing(tier == 0);
            java.util.Set<Integer> deps = new java.util.LinkedHashSet<>();
            int lowest = (tier + 1) * size / 4;
            while (tier < 3 && deps.size() < perService) {
                int span = Math.max(1, size - lowest);
                int near = lowest + Math.floorMod(i * 7 % span + (int) (rng.nextGaussian() * span / 40), span);
                deps.add(rng.nextInt(5) == 0 ? lowest + rng.nextInt(span) : near);
            }
            deps.forEach(d -> b.dependsOn("svc-" + d));
            services.add(b.build());
        }
        return Graph.of(services);
    }

    private record Phase(String name, Step step) {
    }

    @FunctionalInterface
    private interface Step {
        void step(Viewport fitted, double seconds);
    }
}
