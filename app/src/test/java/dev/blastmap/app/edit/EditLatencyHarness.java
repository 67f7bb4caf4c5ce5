package dev.blastmap.app.edit;

import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.window.MainWindow;
import dev.blastmap.edit.ChangeServices;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures how long one edit holds the FX thread in the real window on a large graph, with a knockout shown:
 * the time {@link EditModel#apply} takes (the edit, the new document and everything that listens to it),
 * the time until the work it queued has run, the time until the next pulse has laid out the scene, the time
 * until the edited graph is shown (its layout placed, its knockout redone: on a worker for a large graph) and
 * the longest gap between two pulses meanwhile, which is how long the window froze; and, apart, what the
 * edited graph's engine costs to compile and to knock out again. Not a test (no timing
 * assertions): run it with {@code app/src/test/sh/edit-latency.sh}, which docs/performance.md quotes.
 *
 * <pre>
 * EditLatencyHarness FILE [EDITS]     EDITS property edits (default 15) of services spread over the graph
 * </pre>
 */
public final class EditLatencyHarness {

    private EditLatencyHarness() {
    }

    /** Runs the measurement and exits. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Preferences preferences = Preferences.userRoot().node("/dev/blastmap/harness/edit-" + System.nanoTime());
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(new Stage(), LaunchOptions.parse(List.of("--light", file.toString())),
                    preferences, SampleCatalog.bundled());
            w.show();
            return w;
        });
        long t0 = System.nanoTime();
        waitUntil(() -> !window.documents().document().isEmpty() && window.tasks().running().isEmpty()
                && !window.layouts().layout().nodes().isEmpty(), 1200);
        Graph graph = onFx(() -> window.documents().document().graph());
        System.out.printf(Locale.ROOT, "# %s: %d services, opened and laid out (%s) in %.1f s%n", file.getFileName(),
                graph.size(), onFx(() -> window.layouts().layout().algorithm()), (System.nanoTime() - t0) / 1e9);

        ServiceId hub = mostDepended(graph);
        onFx(() -> {
            window.knockouts().knockOut(List.of(hub));
            return null;
        });
        waitUntil(() -> window.tasks().running().isEmpty(), 600);
        System.out.printf(Locale.ROOT, "# knocked out %s: %d services down%n", hub,
                onFx(() -> window.knockouts().radius().down().size()));

        List<double[]> rows = new ArrayList<>();
        System.out.println("edit | apply on FX (ms) | queued work done (ms) | next pulse laid out (ms)"
                + " | edit shown (ms) | longest frame gap (ms)");
        for (int i = 0; i < edits; i++) {
            Service target = graph.services().get((int) ((long) (i + 1) * graph.size() / (edits + 1)));
            double[] row = timeOneEdit(window, target);
            rows.add(row);
            System.out.printf(Locale.ROOT, "%4d | %16.1f | %21.1f | %24.1f | %15.1f | %22.1f%n", i + 1, row[0], row[1],
                    row[2], row[3], row[4]);
            waitUntil(() -> window.tasks().running().isEmpty(), 600);
        }
        for (int column = 0; column < 5; column++) {
            int c = column;
            List<Double> values = rows.stream().map(r -> r[c]).sorted().toList();
            System.out.printf(Locale.ROOT, "# %s: median %.1f ms, max %.1f ms%n",
                    List.of("apply on FX", "queued work done", "next pulse laid out", "edit shown", "longest frame gap")
                            .get(c),
                    values.get(values.size() / 2), values.get(values.size() - 1));
        }
        Graph now = onFx(() -> window.documents().document().graph());
        for (int i = 0; i < 3; i++) {
            long c0 = System.nanoTime();
            PropagationEngine engine = new PropagationEngine(now);
            long c1 = System.nanoTime();
            engine.knockOut(List.of(hub));
            long c2 = System.nanoTime();
            GraphDocument doc = new GraphDocument(now, "x", null, List.of());
            long c3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "# apart: engine compile %.1f ms, knockout %.1f ms, whole document %.1f ms%n",
                    (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6);
            doc.graph();
        }
        preferences.removeNode();
        Platform.exit();
        System.exit(0);
    }

    /**
     * Applies one edit on the FX thread and times it: apply, the queued work, the next laid-out pulse, the
     * edit shown, and the longest gap between pulses until a quarter of a second after that.
     */
    private static double[] timeOneEdit(MainWindow window, Service target) throws Exception {
        Object layoutBefore = onFx(() -> window.layouts().layout());
        Object knockoutBefore = onFx(() -> window.knockouts().current());
        long[] lastPulse = {0};
        double[] longestGap = {0};
        javafx.animation.AnimationTimer pulses = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (lastPulse[0] != 0) {
                    longestGap[0] = Math.max(longestGap[0], (t - lastPulse[0]) / 1e6);
                }
                lastPulse[0] = t;
            }
        };
        onFx(() -> {
            pulses.start();
            return null;
        });
        Thread.sleep(100);
        long[] started = new long[1];
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            started[0] = start;
            double[] row = new double[5];
            int[] pending = {2};
            Runnable finish = () -> {
                if (--pending[0] == 0) {
                    done.complete(row);
                }
            };
            window.scene().addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    window.scene().removePostLayoutPulseListener(this);
                    row[2] = (System.nanoTime() - start) / 1e6;
                    finish.run();
                }
            });
            window.edits().model().apply(ChangeServices.of("Change Weight",
                    target.toBuilder().weight(target.weight() + 1).build()));
            row[0] = (System.nanoTime() - start) / 1e6;
            Platform.runLater(() -> {
                row[1] = (System.nanoTime() - start) / 1e6;
                finish.run();
            });
        });
        double[] row = done.get(120, TimeUnit.SECONDS);
        waitUntil(() -> window.layouts().layout() != layoutBefore && window.knockouts().current() != knockoutBefore,
                120);
        row[3] = (System.nanoTime() - started[0]) / 1e6;
        Thread.sleep(250);
        onFx(() -> {
            pulses.stop();
            return null;
        });
        row[4] = longestGap[0];
        return row;
    }

    private static ServiceId mostDepended(Graph graph) {
        java.util.Map<ServiceId, Integer> dependents = new java.util.HashMap<>();
        graph.services().forEach(s -> s.dependencies().forEach(d -> dependents.merge(d, 1, Integer::sum)));
        return dependents.entrySet().stream().max(java.util.Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .orElseThrow().getKey();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(600, TimeUnit.SECONDS);
    }

    private static void waitUntil(Supplier<Boolean> condition, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("gave up waiting after " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }
}
