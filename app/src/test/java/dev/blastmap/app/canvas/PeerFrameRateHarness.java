package dev.blastmap.app.canvas;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
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
import javafx.stage.Stage;

/**
 * Measures a peer's graph view ({@link GraphStreamView}, {@link SmartGraphView}) the way
 * {@link CanvasFrameRateHarness} measures the canvas: the same graph ({@link CanvasFrameRateHarness#synthetic},
 * the same seed, the same layout: force up to 20,000 services, {@link CanvasFrameRateHarness#grid} above), the
 * same 1600 × 1000 window, the same phases with the same viewports (computed as {@link Viewport}s and handed
 * to the peer) and the same state changes (the same random sequence, the same knockout waves).
 *
 * <p>What is counted, per phase: a <b>frame</b> is a pulse whose picture is new: for GraphStream a pulse in
 * which its own render loop painted (heard through a fore layer it draws last); for SmartGraph, whose picture
 * is the scene graph, a pulse after the harness changed the view or the states (JavaFX draws the whole scene
 * graph in that pulse). A frame is <b>current</b> when what it painted was made from the latest viewport and
 * the latest states of that pulse (for GraphStream, whose timeline paints before the harness's step in a
 * pulse: of the pulse before); the <b>lag</b> is how many state changes the frame painted was behind, averaged
 * over frames, as {@link FrameLedger} counts for the canvas. No pixels are read back: for SmartGraph a frame is
 * current by construction, and its cost shows as fewer frames.
 *
 * <pre>
 * PeerFrameRateHarness graphstream|smartgraph GRAPH [seconds-per-phase] [seconds-to-wait-for-the-first-frame]
 * </pre>
 * GRAPH is a graph file or synthetic[:SERVICES[:DEPENDENCIES]]. Run it with {@code app/src/test/sh/peer-frame-rate.sh}.
 */
public final class PeerFrameRateHarness {

    private static final int WIDTH = HarnessPhases.WIDTH;
    private static final int HEIGHT = HarnessPhases.HEIGHT;

    private final PeerView peer;
    private final String name;
    private final Layout layout;
    private final List<Function<ServiceId, ServiceState>> waves;
    private final double seconds;
    private final ServiceId[] ids;
    private final ServiceState[] shownStates;
    private final Random rng = new Random(7);
    private final Viewport fitted;
    private final Ledger ledger = new Ledger();
    private Map<ServiceId, Integer> index;

    private PeerFrameRateHarness(PeerView peer, String name, Layout layout, List<Function<ServiceId, ServiceState>> waves,
                                 double seconds) {
        this.peer = peer;
        this.name = name;
        this.layout = layout;
        this.waves = waves;
        this.seconds = seconds;
        this.ids = layout.nodes().keySet().toArray(ServiceId[]::new);
        this.shownStates = new ServiceState[ids.length];
        java.util.Arrays.fill(shownStates, ServiceState.HEALTHY);
        // As GraphCanvas.fitted() for a view of this size.
        this.fitted = HarnessPhases.fitted(layout);
    }

    /** Runs the measurement and exits. */
    public static void main(String[] args) throws Exception {
        PeerView peer = switch (args[0]) {
            case "graphstream" -> new GraphStreamView();
            case "smartgraph" -> new SmartGraphView();
            default -> throw new IllegalArgumentException("graphstream or smartgraph, not " + args[0]);
        };
        String which = args[1];
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        double waitSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 300;
        boolean synthetic = which.startsWith("synthetic");
        Graph graph;
        if (synthetic) {
            String[] parts = which.split(":");
            int size = parts.length > 1 ? Integer.parseInt(parts[1]) : 10_000;
            int deps = parts.length > 2 ? Integer.parseInt(parts[2]) : 3 * size;
            graph = CanvasFrameRateHarness.synthetic(size, deps, 42);
        } else {
            graph = GraphFormats.read(Path.of(which)).graph();
        }
        Layout layout = synthetic && graph.size() > 20_000 ? CanvasFrameRateHarness.grid(graph)
                : (synthetic ? LayoutAlgorithm.force() : LayoutAlgorithm.automatic()).layout(graph);
        List<ServiceId> hubs = CanvasFrameRateHarness.hubs(graph, synthetic ? Math.max(1, graph.size() / 1000) : 1);
        BlastRadius radius = new PropagationEngine(graph).knockOut(hubs);
        String name = synthetic ? String.format(Locale.ROOT, "%dk/%dk", graph.size() / 1000, layout.edges().size() / 1000)
                : Path.of(which).getFileName().toString().replaceFirst("\\..*", "");
        System.out.printf(Locale.ROOT, "# %s, graph %s: %d services, %d dependencies, %s layout%n", peer.name(), name,
                graph.size(), layout.edges().size(), layout.algorithm());
        new PeerFrameRateHarness(peer, name, layout, CanvasFrameRateHarness.waves(radius), seconds)
                .run(graph, waitSeconds);
    }

    private void run(Graph graph, double waitSeconds) throws InterruptedException {
        long opened = System.nanoTime();
        Throwable[] failure = new Throwable[1];
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                Scene scene = new Scene(peer.open(graph, layout, WIDTH, HEIGHT), WIDTH, HEIGHT);
                boolean ownLoop = peer.onRender(ledger::rendered);
                scene.addPostLayoutPulseListener(() -> ledger.pulse(ownLoop));
                stage.setScene(scene);
                stage.setTitle(peer.name() + " frame rate");
                stage.show();
                peer.shown();
                peer.show(fitted);
                ledger.viewVersion++;
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        while (ledger.frames == 0 || peer instanceof GraphStreamView gs && !CanvasFrameRateHarness.onFx(gs::ready)) {
            if (failure[0] != null) {
                System.out.printf(Locale.ROOT, "# %s could not open graph %s: %s after %.0f s%n", peer.name(), name,
                        failure[0], (System.nanoTime() - opened) / 1e9);
                System.exit(0);
            }
            if (System.nanoTime() - opened > waitSeconds * 1e9) {
                System.out.printf(Locale.ROOT, "# %s did not show graph %s within %.0f s (still opening)%n", peer.name(),
                        name, waitSeconds);
                Runtime.getRuntime().halt(0);
            }
            Thread.sleep(5);
        }
        System.out.printf(Locale.ROOT, "# first frame %d ms after the view was made%n", (System.nanoTime() - opened) / 1_000_000);
        // -Dpeer.hold=SECONDS: hold mid-spread at 1.5x of fit for that long first, for a screenshot to compare.
        double hold = Double.parseDouble(System.getProperty("peer.hold", "0"));
        if (hold > 0) {
            Platform.runLater(() -> {
                show(fitted.zoomAt(1.5, WIDTH / 2.0, HEIGHT / 2.0));
                setStates(waves.get(Math.max(0, waves.size() - 3)));
            });
            Thread.sleep((long) (hold * 1000));
        }
        List<Function<Double, Runnable>> steps = List.of(this::panFitted, this::panClose, this::zoomDriftRestyle,
                this::zoom, this::spread);
        HarnessPhases.play((row, phase) -> measure(row, steps.get(phase)));
        Platform.exit();
        System.exit(0);
    }

    private void measure(String phase, Function<Double, Runnable> step) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] before = new long[3];
        long[] after = new long[3];
        long[] times = new long[2];
        long[][] cpu = new long[2][];
        long[] stutters = new long[1];
        Platform.runLater(() -> {
            show(fitted);
            new AnimationTimer() {
                private long start = -1;
                private long lastFrame = -1;
                private long framesBefore;

                @Override
                public void handle(long now) {
                    if (start < 0) {
                        start = now;
                        ledger.copyTo(before);
                        times[0] = System.nanoTime();
                        cpu[0] = renderingCpu();
                    }
                    if (ledger.frames != framesBefore) {
                        if (lastFrame > 0 && now - lastFrame > 25_000_000L) {
                            stutters[0]++;
                        }
                        lastFrame = now;
                        framesBefore = ledger.frames;
                    }
                    double t = (now - start) / 1e9;
                    if (t >= seconds) {
                        ledger.copyTo(after);
                        times[1] = System.nanoTime();
                        cpu[1] = renderingCpu();
                        stop();
                        done.countDown();
                        return;
                    }
                    step.apply(t).run();
                }
            }.start();
        });
        done.await();
        double elapsed = (times[1] - times[0]) / 1e9;
        long frames = after[0] - before[0];
        long current = after[1] - before[1];
        long behind = after[2] - before[2];
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.2f | %d | %.1f, %.1f |%n", peer.name(), name, phase,
                frames / elapsed, current / elapsed, frames == 0 ? 0 : (double) behind / frames, stutters[0],
                (cpu[1][0] - cpu[0][0]) / 1e6 / Math.max(1, frames), (cpu[1][1] - cpu[0][1]) / 1e6 / Math.max(1, frames));
    }

    private void show(Viewport v) {
        peer.show(v);
        ledger.viewVersion++;
    }

    private void setStates(Function<ServiceId, ServiceState> states) {
        Map<ServiceId, ServiceState> changed = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            ServiceState s = states.apply(ids[i]);
            if (s != shownStates[i]) {
                shownStates[i] = s;
                changed.put(ids[i], s);
            }
        }
        if (!changed.isEmpty()) {
            peer.restyle(changed);
            ledger.stateVersion++;
        }
    }

    // The phases: the same viewports and state changes as CanvasFrameRateHarness's, step for step.

    private Runnable panFitted(double t) {
        return () -> show(HarnessPhases.panFitted(fitted, t));
    }

    private Runnable panClose(double t) {
        return () -> show(HarnessPhases.panClose(layout.bounds(), t));
    }

    private Runnable zoomDriftRestyle(double t) {
        return () -> {
            show(HarnessPhases.zoomDrift(fitted, t));
            ServiceState[] next = shownStates.clone();
            HarnessPhases.restyle(next, rng);
            Map<ServiceId, Integer> index = indexOfIds();
            setStates(id -> next[index.get(id)]);
        };
    }

    private Map<ServiceId, Integer> indexOfIds() {
        if (index == null) {
            index = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                index.put(ids[i], i);
            }
        }
        return index;
    }

    private Runnable zoom(double t) {
        return () -> show(HarnessPhases.zoom(fitted, t));
    }

    private Runnable spread(double t) {
        return () -> setStates(waves.get(HarnessPhases.wave(t, waves.size())));
    }

    /** CPU time so far of the FX application thread and of the renderer thread, in nanoseconds. */
    private static long[] renderingCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
            String n = info.getThreadName();
            int k = n.equals("JavaFX Application Thread") ? 0 : n.startsWith("QuantumRenderer") ? 1 : -1;
            if (k >= 0) {
                cpu[k] += threads.getThreadCpuTime(info.getThreadId());
            }
        }
        return cpu;
    }

    /**
     * Frames, current frames and state changes behind, counted at the end of each pulse's layout (after every
     * animation and the peer's timeline of that pulse), as {@link FrameLedger} counts them for the canvas.
     * Touched on the FX thread only, read by the main thread only while waiting for the first frame.
     */
    private static final class Ledger {
        long stateVersion;
        long viewVersion;
        private long paintedState = -1;
        private long paintedView = -1;
        private boolean paintedThisPulse;
        private long askedState;
        private long askedView;
        volatile long frames;
        long current;
        long behind;

        /** The peer's render loop painted from the states and view as they are now. */
        void rendered() {
            paintedState = stateVersion;
            paintedView = viewVersion;
            paintedThisPulse = true;
        }

        void pulse(boolean ownLoop) {
            if (!ownLoop && (paintedState != stateVersion || paintedView != viewVersion)) {
                rendered(); // the scene graph changed: JavaFX draws it whole in this pulse
            }
            // A peer that paints in a timeline of its own paints before the harness's step of the same pulse
            // (JavaFX runs timelines before animation timers): for it the latest is what was asked by the end
            // of the pulse before. The canvas gets no such allowance.
            long latestState = ownLoop ? askedState : stateVersion;
            long latestView = ownLoop ? askedView : viewVersion;
            askedState = stateVersion;
            askedView = viewVersion;
            if (!paintedThisPulse) {
                return;
            }
            paintedThisPulse = false;
            frames++;
            long lag = Math.max(0, latestState - paintedState);
            behind += lag;
            if (lag == 0 && paintedView >= latestView) {
                current++;
            }
        }

        void copyTo(long[] into) {
            into[0] = frames;
            into[1] = current;
            into[2] = behind;
        }
    }
}
