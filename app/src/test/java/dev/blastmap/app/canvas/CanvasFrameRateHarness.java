package dev.blastmap.app.canvas;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.LayoutFile;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Measures what the real {@link GraphCanvas} puts on screen, in a real window, while it pans, zooms and
 * animates a spreading failure: frames per second as drawn (the old figure) beside current frames per second
 * and the mean lag from {@link GraphCanvas#frameStats()}, and how long the picture takes to be sharp after
 * the view stops moving. Not a test (no timing assertions): run it under Xvfb with
 * {@code app/src/test/sh/frame-rate.sh}, which prints the table docs/performance.md shows.
 *
 * <pre>
 * CanvasFrameRateHarness synthetic[:SERVICES[:DEPENDENCIES]] [seconds-per-phase]   default 10,000 / 30,000, force
 *                                                                                  layout (a grid above 20,000),
 *                                                                                  kept in java.io.tmpdir
 * CanvasFrameRateHarness FILE [seconds-per-phase]                                  a graph file, automatic layout
 * </pre>
 *
 * <p>With {@code -Dblastmap.harness.asApp=true} the canvas starts as the app's window starts on its start sample:
 * with the layout the build shipped beside a bundled sample, and the graph painted once aside first
 * ({@link GraphCanvas#warmUp}), which the app does while JavaFX starts; frame-rate.sh with {@code FRAME_RATE_AS_APP=1}
 * sets it and runs the JVM with the app's class-data archive too, as {@code java -jar} runs the window.
 */
public final class CanvasFrameRateHarness {

    private static final int WIDTH = HarnessPhases.WIDTH;
    private static final int HEIGHT = HarnessPhases.HEIGHT;

    private final String name;
    private final Graph graph;
    private final Layout layout;
    private final List<Function<ServiceId, ServiceState>> waves;
    private final double seconds;
    private final ServiceId[] ids;
    private final Map<ServiceId, Integer> index = new HashMap<>();
    private final ServiceState[] restyled;
    private final Random rng = new Random(7);
    private GraphCanvas canvas;

    private CanvasFrameRateHarness(String name, Graph graph, Layout layout, List<Function<ServiceId, ServiceState>> waves,
                                   double seconds) {
        this.name = name;
        this.graph = graph;
        this.layout = layout;
        this.waves = waves;
        this.seconds = seconds;
        this.ids = layout.nodes().keySet().toArray(ServiceId[]::new);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        this.restyled = new ServiceState[ids.length];
        Arrays.fill(restyled, ServiceState.HEALTHY);
    }

    /** Whether the canvas starts as the app's window starts on its start sample (see the class comment). */
    private static boolean asApp() {
        return Boolean.getBoolean("blastmap.harness.asApp");
    }

    /** Runs the measurement and exits. */
    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "synthetic";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        long t0 = System.nanoTime();
        boolean synthetic = which.startsWith("synthetic");
        Graph graph;
        if (synthetic) {
            String[] parts = which.split(":");
            int size = parts.length > 1 ? Integer.parseInt(parts[1]) : 10_000;
            int deps = parts.length > 2 ? Integer.parseInt(parts[2]) : 3 * size;
            graph = synthetic(size, deps, 42);
        } else {
            graph = GraphFormats.read(Path.of(which)).graph();
        }
        // The force layout of 100,000 services takes many minutes: big synthetic graphs are placed on a grid.
        Layout layout = synthetic && graph.size() > 20_000 ? grid(graph)
                : synthetic ? forceLayout(graph) : asApp()
                ? dev.blastmap.app.document.GraphLoading.shippedLayout(Path.of(which).getFileName().toString(), graph)
                        .orElseGet(() -> LayoutAlgorithm.automatic().layout(graph))
                : LayoutAlgorithm.automatic().layout(graph);
        long t1 = System.nanoTime();
        List<ServiceId> hubs = hubs(graph, synthetic ? Math.max(1, graph.size() / 1000) : 1);
        BlastRadius radius = new PropagationEngine(graph).knockOut(hubs);
        String name = synthetic ? String.format(Locale.ROOT, "%dk/%dk", graph.size() / 1000, layout.edges().size() / 1000)
                : Path.of(which).getFileName().toString().replaceFirst("\\..*", "");
        System.out.printf(Locale.ROOT, "# graph %s: %d services, %d dependencies; %s layout in %.1f s (read from java.io.tmpdir if kept); knockout of %d hubs: %d down%n",
                name, graph.size(), layout.edges().size(), layout.algorithm(), (t1 - t0) / 1e9, hubs.size(),
                radius.impact().down());
        new CanvasFrameRateHarness(name, graph, layout, waves(radius), seconds).run();
    }

    private void run() throws InterruptedException {
        if (asApp()) {
            GraphCanvas.warmUp(graph, layout);
        }
        CountDownLatch shown = new CountDownLatch(1);
        long[] opened = new long[1];
        Platform.startup(() -> {
            Stage stage = new Stage();
            canvas = new GraphCanvas();
            opened[0] = System.nanoTime();
            canvas.setGraph(graph, layout);
            stage.setScene(new Scene(new StackPane(canvas), WIDTH, HEIGHT));
            stage.setTitle("Blastmap frame rate");
            stage.show();
            shown.countDown();
        });
        shown.await();
        while (onFx(() -> canvas.frameStats().currentFrames()) == 0) {
            Thread.sleep(5);
        }
        System.out.printf(Locale.ROOT, "# first current frame %d ms after setGraph%n", (System.nanoTime() - opened[0]) / 1_000_000);
        System.out.println("| graph | phase | frames/s (drawn) | current frames/s | mean lag (state changes) | stutters > 25 ms"
                + " | CPU ms/frame: FX, renderer, helpers | current frames/s if CPU-bound |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Step[] steps = {this::panFitted, this::panClose, this::zoomDriftRestyle, this::zoom, this::spread};
        HarnessPhases.play((row, phase) -> measure(row, steps[phase]));
        settle("pan", (fitted, t) -> panClose(fitted, t));
        settle("zoom", this::zoom);
        Platform.exit();
        System.exit(0);
    }

    private void measure(String phase, Step step) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        FrameStats[] stats = new FrameStats[2];
        long[] times = new long[2];
        long[] stutters = new long[1];
        long[][] cpu = new long[2][];
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
                        stats[0] = canvas.frameStats();
                        times[0] = System.nanoTime();
                        cpu[0] = renderingCpu();
                    }
                    double t = (now - start) / 1e9;
                    long drawn = canvas.frameStats().frames();
                    if (drawn != drawnBefore) {
                        if (lastDrawn > 0 && now - lastDrawn > 25_000_000L) {
                            stutters[0]++;
                        }
                        lastDrawn = now;
                        drawnBefore = drawn;
                    }
                    if (t >= seconds) {
                        stats[1] = canvas.frameStats();
                        times[1] = System.nanoTime();
                        cpu[1] = renderingCpu();
                        stop();
                        done.countDown();
                        return;
                    }
                    step.step(fitted, t);
                }
            }.start();
        });
        done.await();
        double elapsed = (times[1] - times[0]) / 1e9;
        FrameStats s = stats[1].since(stats[0]);
        double[] ms = new double[3];
        for (int k = 0; k < 3; k++) {
            ms[k] = (cpu[1][k] - cpu[0][k]) / 1e6 / Math.max(1, s.frames());
        }
        // The FX thread and the renderer work in turn on a frame but on different frames at once; the helpers
        // (the painter's worker threads) share the FX thread's turn.
        double cpuBound = 1000 / Math.max(ms[0] + ms[2] / 2, ms[1]) * s.currentFrames() / Math.max(1, s.frames());
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f | %d | %.1f, %.1f, %.1f | %.0f |%n", name, phase,
                s.frames() / elapsed, s.currentFrames() / elapsed, s.meanLag(), stutters[0], ms[0], ms[1], ms[2],
                Math.min(60, cpuBound));
    }

    /**
     * Moves the view for half a second, stops, and times how long from the last change of view until the
     * picture on screen is a current one (the latest frame drawn since then was current); five times, printing
     * the worst and the median.
     */
    private void settle(String what, Step step) throws InterruptedException {
        long[] waits = new long[5];
        for (int round = 0; round < waits.length; round++) {
            CountDownLatch done = new CountDownLatch(1);
            int r = round;
            long[] stopped = new long[1];
            Platform.runLater(() -> {
                Viewport fitted = canvas.fitted();
                new AnimationTimer() {
                    private long start = -1;
                    private FrameStats before = FrameStats.none();
                    private boolean lastWasCurrent;
                    private long framesAtStop;

                    @Override
                    public void handle(long now) {
                        if (start < 0) {
                            start = now;
                        }
                        FrameStats stats = canvas.frameStats();
                        if (stats.frames() > before.frames()) {
                            // The picture on screen is the one of the last frame drawn.
                            lastWasCurrent = stats.currentFrames() - before.currentFrames() == stats.frames() - before.frames();
                        }
                        before = stats;
                        double t = (now - start) / 1e9;
                        if (t < 0.5) {
                            // The last change of view is the moment the view stops.
                            framesAtStop = stats.frames();
                            stopped[0] = System.nanoTime();
                            step.step(fitted, t + r * 0.7);
                            return;
                        }
                        if (stats.frames() > framesAtStop && lastWasCurrent || t > 5.5) {
                            waits[r] = System.nanoTime() - stopped[0];
                            stop();
                            done.countDown();
                        }
                    }
                }.start();
            });
            done.await();
        }
        Arrays.sort(waits);
        System.out.printf(Locale.ROOT, "# sharp after a %s stops: median %d ms, worst %d ms (5 stops)%n", what,
                waits[2] / 1_000_000, waits[4] / 1_000_000);
    }

    /**
     * CPU time so far of the FX application thread, of the renderer thread and of the common pool's threads
     * (which share out the painting of dense lines), in nanoseconds.
     */
    private static long[] renderingCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[3];
        for (java.lang.management.ThreadInfo info : threads.dumpAllThreads(false, false)) {
            long t = threads.getThreadCpuTime(info.getThreadId());
            String name = info.getThreadName();
            int k = name.equals("JavaFX Application Thread") ? 0 : name.startsWith("QuantumRenderer") ? 1
                    : name.startsWith("ForkJoinPool.commonPool") || name.startsWith("blastmap-bands") ? 2 : -1;
            if (k >= 0) {
                cpu[k] += t;
            }
        }
        return cpu;
    }

    /** What {@code get} returns on the FX thread, waited for. */
    static <T> T onFx(java.util.function.Supplier<T> get) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        List<T> out = new ArrayList<>(1);
        Platform.runLater(() -> {
            out.add(get.get());
            done.countDown();
        });
        done.await();
        return out.get(0);
    }

    private void panFitted(Viewport fitted, double t) {
        canvas.setViewport(HarnessPhases.panFitted(fitted, t));
    }

    private void panClose(Viewport fitted, double t) {
        canvas.setViewport(HarnessPhases.panClose(layout.bounds(), t));
    }

    /** The animation, and 5% of the services, chosen at random, changing state every frame. */
    private void zoomDriftRestyle(Viewport fitted, double t) {
        canvas.setViewport(HarnessPhases.zoomDrift(fitted, t));
        HarnessPhases.restyle(restyled, rng);
        ServiceState[] snapshot = restyled.clone();
        canvas.setStates(id -> {
            Integer at = index.get(id);
            return at == null ? ServiceState.HEALTHY : snapshot[at];
        });
    }

    private void zoom(Viewport fitted, double t) {
        canvas.setViewport(HarnessPhases.zoom(fitted, t));
    }

    private void spread(Viewport fitted, double t) {
        canvas.setStates(waves.get(HarnessPhases.wave(t, waves.size())));
    }

    /** The state of every service after each wave of the knockout, then all healthy again. */
    static List<Function<ServiceId, ServiceState>> waves(BlastRadius radius) {
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
    static List<ServiceId> hubs(Graph graph, int count) {
        Map<ServiceId, Integer> in = new HashMap<>();
        graph.services().forEach(s -> s.dependencies().forEach(d -> in.merge(d, 1, Integer::sum)));
        return in.entrySet().stream().sorted(Map.Entry.<ServiceId, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(count).map(Map.Entry::getKey).toList();
    }

    /**
     * {@code size} services each depending on three others anywhere (a few fewer where it drew itself): long lines
     * across any view, drawn as ink far out. The tests of the scenery and the frames paint it.
     */
    static Graph tangle(int size, long seed) {
        Random rng = new Random(seed);
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Service.Builder b = Service.builder("s" + i);
            for (int k = 0; k < 3; k++) {
                int d = rng.nextInt(size);
                if (d != i) {
                    b.dependsOn("s" + d);
                }
            }
            services.add(b.build());
        }
        return Graph.of(services);
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

    /**
     * The force layout of a synthetic graph, kept in {@code java.io.tmpdir} ({@link LayoutFile}, under its size)
     * and read from there on the next run: the force layout of 10,000 services takes minutes.
     */
    static Layout forceLayout(Graph graph) throws java.io.IOException {
        long dependencies = graph.services().stream().mapToLong(s -> s.dependencies().size()).sum();
        String name = "synthetic-" + graph.size() + "-" + dependencies;
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "blastmap-" + name + ".layout.json");
        if (java.nio.file.Files.exists(file)) {
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file)) {
                java.util.Optional<Layout> kept = LayoutFile.read(in, name, graph);
                if (kept.isPresent()) {
                    return kept.get();
                }
            }
        }
        Layout layout = LayoutAlgorithm.force().layout(graph);
        LayoutFile.write(layout, name, file);
        return layout;
    }

    /**
     * Services in index order on a square grid, 230 units apart as in the force layout, lines straight from
     * centre to centre: the generator's tiers become bands, and each service's dependencies lie in the band below.
     */
    static Layout grid(Graph graph) {
        int columns = (int) Math.ceil(Math.sqrt(graph.size()));
        Map<ServiceId, dev.blastmap.layout.Box> boxes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < graph.size(); i++) {
            boxes.put(graph.services().get(i).id(), new dev.blastmap.layout.Box(i % columns * 230.0, i / columns * 230.0, 160, 40));
        }
        List<dev.blastmap.layout.EdgePath> edges = new ArrayList<>();
        for (Service s : graph.services()) {
            dev.blastmap.layout.Box from = boxes.get(s.id());
            for (ServiceId d : s.dependencies()) {
                dev.blastmap.layout.Box to = boxes.get(d);
                edges.add(new dev.blastmap.layout.EdgePath(s.id(), d, List.of(new dev.blastmap.layout.Point(from.centerX(), from.maxY()),
                        new dev.blastmap.layout.Point(to.centerX(), to.y())), false, false));
            }
        }
        return new Layout(boxes, edges, List.of(), "grid");
    }

    @FunctionalInterface
    private interface Step {
        void step(Viewport fitted, double seconds);
    }
}
