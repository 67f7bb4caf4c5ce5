package dev.blastmap.app.canvas;

import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.render.DrawingFit;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.LabelledFraming;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.Theme;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A tool, not a test: what fitting the whole graph costs on the FX thread, as {@link GraphCanvas#fitted()} does it
 * ({@link DrawingFit}), against the fit to the layout's bounds alone it replaced, for the flagship and synthetic
 * graphs of 400 (the automatic layout: layered), 2,000, 10,000 (force layouts, kept in {@code java.io.tmpdir} as by {@link CanvasFrameRateHarness}) and
 * 100,000 services (grid), at three canvas sizes. Prints the median and 90th percentile of many fits after a
 * warm-up. Run from the repository's root after {@code mvn -pl app -am package -DskipTests} and
 * {@code mvn -pl app -am test-compile}:
 *
 * <pre>
 * java -cp app/target/blastmap.jar:app/target/test-classes dev.blastmap.app.canvas.FitCostHarness
 * </pre>
 */
public final class FitCostHarness {

    private static final double[][] CANVASES = {{670, 680}, {520, 530}, {1680, 900}};
    private static final int RUNS = 300;

    private FitCostHarness() {
    }

    /** No arguments. */
    public static void main(String[] args) throws Exception {
        Graph flagship = GraphFormats.read(Path.of("sample-graphs", "aws-us-east-1-2025-10.blastmap.json")).graph();
        measure("flagship (57)", flagship, LayoutAlgorithm.automatic().layout(flagship));
        Graph four = CanvasFrameRateHarness.synthetic(400, 1_200, 42);
        measure("synthetic 400 (automatic)", four, LayoutAlgorithm.automatic().layout(four));
        Graph two = CanvasFrameRateHarness.synthetic(2_000, 6_000, 42);
        measure("synthetic 2,000 (force)", two, CanvasFrameRateHarness.forceLayout(two));
        Graph ten = CanvasFrameRateHarness.synthetic(10_000, 30_000, 42);
        measure("synthetic 10,000 (force)", ten, CanvasFrameRateHarness.forceLayout(ten));
        Graph hundred = CanvasFrameRateHarness.synthetic(100_000, 300_000, 42);
        measure("synthetic 100,000 (grid)", hundred, CanvasFrameRateHarness.grid(hundred));
    }

    private static void measure(String name, Graph graph, Layout layout) {
        PaintRequest request = PaintRequest.of(graph, layout);
        DrawingFit fit = new DrawingFit(new GraphPainter(Theme.light()));
        for (double[] c : CANVASES) {
            LabelledFraming.View view = fit.fit(request, c[0], c[1], 32, 1.0);
            double[] drawn = time(() -> fit.fit(request, c[0], c[1], 32, 1.0));
            double[] bounds = time(() -> Viewport.fit(layout.bounds(), c[0], c[1], 32, 1.0));
            System.out.printf("%-26s %4.0fx%-4.0f zoom %.3f (bounds %.3f)  fit as drawn: median %8.1f us, p90 %8.1f us"
                            + "  | bounds alone: median %5.2f us%n", name, c[0], c[1], view.scale(),
                    Viewport.fit(layout.bounds(), c[0], c[1], 32, 1.0).scale(), drawn[0], drawn[1], bounds[0]);
        }
    }

    /** Median and 90th percentile, in microseconds, of {@link #RUNS} runs after as many unmeasured. */
    private static double[] time(Runnable fit) {
        for (int i = 0; i < RUNS; i++) {
            fit.run();
        }
        double[] micros = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            fit.run();
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        Arrays.sort(micros);
        return new double[] {micros[RUNS / 2], micros[RUNS * 9 / 10]};
    }
}
