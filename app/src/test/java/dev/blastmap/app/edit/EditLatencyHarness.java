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
 * the time until the work it queued has run, and the time until the next pulse has laid out the scene; and,
 * apart, what the edited graph's engine costs to compile and to knock out again. Not a test (no timing
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
        System.out.println("edit | apply on FX (ms) | queued work done (ms) | next pulse laid out (ms)");
        for (int i = 0; i < edits; i++) {
            Service target = graph.services().get((int) ((long) (i + 1) * graph.size() / (edits + 1)));
            double[] row = timeOneEdit(window, target);
            rows.add(row);
            System.out.printf(Locale.ROOT, "%4d | %16.1f | %21.1f | %24.1f%n", i + 1, row[0], row[1], row[2]);
            waitUntil(() -> window.tasks().running().isEmpty(), 600);
        }
        for (int column = 0; column < 3; column++) {
            int c = column;
            List<Double> values = rows.stream().map(r -> r[c]).sorted().toList();
            System.out.printf(Locale.ROOT, "# %s: median %.1f ms, max %.1f ms%n",
                    List.of("apply on FX", "queued work done", "next pulse laid out").get(c),
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

    /** Applies one edit on the FX thread: apply, then the queued work, then the next laid-out pulse. */
    private static double[] timeOneEdit(MainWindow window, Service target) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            double[] row = new double[3];
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
        return done.get(120, TimeUnit.SECONDS);
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
            Thread.sleep(200);
        }
    }
}
