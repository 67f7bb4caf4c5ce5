package dev.blastmap.app.canvas;

import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.Highlight;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.Theme;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The frames of {@link CanvasFrameRateHarness}'s phases painted in a plain loop, without a window: what each
 * frame's picture costs in CPU on this thread and the common pool, for profiling (run it under JFR). The
 * layouts of synthetic graphs are kept in {@code java.io.tmpdir} between runs (the force layout of 10,000
 * services takes minutes). A tool, not a test.
 *
 * <pre>
 * CanvasPaintProfile GRAPH [frames-per-phase [phase...]]   GRAPH as for CanvasFrameRateHarness
 * </pre>
 *
 * <p>The phases are the harness's, plus {@code zoom-failed}: zooming in and out with the whole failure shown, as
 * the view is when the harness times its zoom stops.
 *
 * <p>{@code -Dlanes=N} paints in N bands at once, however cheap the work (default: as the canvas does, see
 * {@code Bands.perCore}).
 */
public final class CanvasPaintProfile {

    private static final int WIDTH = HarnessPhases.WIDTH;
    private static final int HEIGHT = HarnessPhases.HEIGHT;

    private CanvasPaintProfile() {
    }

    /** Prints one line per phase. */
    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "synthetic";
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        List<String> phases = args.length > 2 ? List.of(args).subList(2, args.length)
                : List.of("pan-fitted", "pan-close", "zoom-drift-restyle", "zoom", "spread");
        Graph graph;
        Layout layout;
        if (which.startsWith("synthetic")) {
            String[] parts = which.split(":");
            int size = parts.length > 1 ? Integer.parseInt(parts[1]) : 10_000;
            int deps = parts.length > 2 ? Integer.parseInt(parts[2]) : 3 * size;
            graph = CanvasFrameRateHarness.synthetic(size, deps, 42);
            layout = size > 20_000 ? CanvasFrameRateHarness.grid(graph) : CanvasFrameRateHarness.forceLayout(graph);
        } else {
            graph = GraphFormats.read(Path.of(which)).graph();
            layout = LayoutAlgorithm.automatic().layout(graph);
        }
        List<Function<ServiceId, ServiceState>> waves = CanvasFrameRateHarness.waves(new PropagationEngine(graph)
                .knockOut(CanvasFrameRateHarness.hubs(graph, Math.max(1, graph.size() / 1000))));
        for (String phase : phases) {
            run(graph, layout, waves, phase, frames);
        }
    }

    private static void run(Graph graph, Layout layout, List<Function<ServiceId, ServiceState>> waves, String phase,
                            int frames) {
        GraphPainter painter = new GraphPainter(Theme.light());
        String lanes = System.getProperty("lanes");
        FrameComposer composer = lanes == null ? new FrameComposer() : new FrameComposer(new Bands(Integer.parseInt(lanes)));
        Pulses pulses = new Pulses();
        ServiceId[] ids = layout.nodes().keySet().toArray(ServiceId[]::new);
        Map<ServiceId, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        ServiceState[] restyled = new ServiceState[ids.length];
        Arrays.fill(restyled, ServiceState.HEALTHY);
        Random rng = new Random(7);
        Viewport fitted = HarnessPhases.fitted(layout);
        Function<ServiceId, ServiceState> states = id -> ServiceState.HEALTHY;
        long cpu = 0;
        long own = 0;
        long wall = 0;
        long allocated = 0;
        for (int f = -frames / 4; f < frames; f++) {
            double t = Math.max(0, f) / 60.0;
            Viewport v = switch (phase) {
                case "pan-fitted" -> HarnessPhases.panFitted(fitted, t);
                case "pan-close" -> HarnessPhases.panClose(layout.bounds(), t);
                case "zoom-drift-restyle" -> HarnessPhases.zoomDrift(fitted, t);
                case "zoom", "zoom-failed" -> HarnessPhases.zoom(fitted, t);
                default -> fitted;
            };
            long now = System.nanoTime();
            if (phase.equals("zoom-drift-restyle")) {
                HarnessPhases.restyle(restyled, rng);
                states = changed(ids, states, restyled.clone(), index, pulses, now);
            } else if (phase.equals("zoom-failed") && f == -frames / 4) {
                // Zooming with the whole failure shown, as the harness's view is when it times the zoom stops.
                states = changed(ids, states, byPosition(ids, waves.get(waves.size() - 1)), index, pulses, now);
            } else if (phase.equals("spread")) {
                Function<ServiceId, ServiceState> wave = waves.get(HarnessPhases.wave(t, waves.size()));
                states = changed(ids, states, byPosition(ids, wave), index, pulses, now);
            }
            long c0 = cpu();
            long own0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            long a0 = allocatedHere();
            PaintRequest request = new PaintRequest(graph, layout, states, Highlight.none(), Set.of(), pulses.at(now),
                    v.visible(WIDTH, HEIGHT), v.scale());
            composer.paint(painter, request, painter.theme(), v, WIDTH, HEIGHT, 1);
            if (f >= 0) {
                cpu += cpu() - c0;
                own += ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - own0;
                wall += System.nanoTime() - w0;
                allocated += allocatedHere() - a0;
            }
        }
        // "this thread" is the FX thread's share in the canvas: with the other lanes on other cores, a frame is
        // ready after about that much.
        System.out.printf(Locale.ROOT, "%-20s %7.1f ms CPU/frame (%5.1f on this thread)  %7.1f ms wall/frame  "
                + "%5.2f scenery views painted/frame  %6.2f MB allocated/frame on this thread%n", phase,
                cpu / 1e6 / frames, own / 1e6 / frames, wall / 1e6 / frames,
                composer.sceneryPixelsPainted() / (double) WIDTH / HEIGHT / (frames * 1.25), allocated / 1e6 / frames);
    }

    /** The states of a wave, by the services' positions in {@code ids}. */
    private static ServiceState[] byPosition(ServiceId[] ids, Function<ServiceId, ServiceState> wave) {
        ServiceState[] states = new ServiceState[ids.length];
        for (int i = 0; i < ids.length; i++) {
            states[i] = wave.apply(ids[i]);
        }
        return states;
    }

    private static Function<ServiceId, ServiceState> changed(ServiceId[] ids, Function<ServiceId, ServiceState> old,
                                                              ServiceState[] next, Map<ServiceId, Integer> index,
                                                              Pulses pulses, long now) {
        List<ServiceId> changed = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (old.apply(ids[i]) != next[i]) {
                changed.add(ids[i]);
            }
        }
        pulses.startIfFew(changed, now);
        return id -> {
            Integer at = index.get(id);
            return at == null ? ServiceState.HEALTHY : next[at];
        };
    }

    /**
     * Bytes this thread has allocated on the heap so far: a frame's garbage costs more than collecting it, on a
     * virtual machine whose host backs the heap's pages only when first touched.
     */
    private static long allocatedHere() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** CPU time of this thread, of the common pool's threads and of the bands' workers, in nanoseconds. */
    private static long cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = threads.getCurrentThreadCpuTime();
        for (var info : threads.dumpAllThreads(false, false)) {
            String name = info.getThreadName();
            if (name.startsWith("ForkJoinPool.commonPool") || name.startsWith("blastmap-bands")) {
                sum += threads.getThreadCpuTime(info.getThreadId());
            }
        }
        return sum;
    }
}
