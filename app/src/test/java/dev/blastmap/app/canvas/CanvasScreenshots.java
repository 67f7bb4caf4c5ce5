package dev.blastmap.app.canvas;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the screenshots in docs/screenshots/: the real {@link GraphCanvas} in a 1600 × 1000 window showing a
 * synthetic graph while a knockout of its hubs spreads, caught mid-animation (pulses running), once with the
 * whole graph in view and once at zoom 0.5 over the busiest part. A tool, not a test: run it under Xvfb.
 *
 * <pre>
 * CanvasScreenshots SERVICES OUT-DIRECTORY
 * </pre>
 */
public final class CanvasScreenshots {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    private CanvasScreenshots() {
    }

    /** Writes canvas-Nk-whole.png and canvas-Nk-close.png and exits. */
    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Graph graph = CanvasFrameRateHarness.synthetic(size, 3 * size, 42);
        Layout layout = size > 20_000 ? CanvasFrameRateHarness.grid(graph) : CanvasFrameRateHarness.forceLayout(graph);
        List<ServiceId> hubs = CanvasFrameRateHarness.hubs(graph, Math.max(1, size / 1000));
        BlastRadius radius = new PropagationEngine(graph).knockOut(hubs);
        List<Function<ServiceId, ServiceState>> waves = CanvasFrameRateHarness.waves(radius);
        GraphCanvas[] canvas = new GraphCanvas[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            canvas[0] = new GraphCanvas();
            canvas[0].setGraph(graph, layout);
            stage[0].setScene(new Scene(new StackPane(canvas[0]), WIDTH, HEIGHT));
            stage[0].show();
        });
        Thread.sleep(1500);
        String name = "canvas-" + (size >= 1000 ? size / 1000 + "k" : String.valueOf(size));
        Box hub = layout.nodes().get(hubs.get(0));
        for (String view : new String[] {"whole", "close"}) {
            onFx(() -> canvas[0].setViewport(view.equals("whole") ? canvas[0].fitted()
                    : new Viewport(0.5, 0, 0).centredOn(hub.centerX(), hub.centerY(), WIDTH, HEIGHT)));
            // Play the waves up to the middle one, the last two a third of a second apart, so pulses are running.
            int middle = Math.max(1, (waves.size() - 2) / 2);
            for (int w = 0; w <= middle; w++) {
                int wave = w;
                onFx(() -> canvas[0].setStates(waves.get(wave)));
                Thread.sleep(w == middle ? 350 : 150);
            }
            WritableImage[] shot = new WritableImage[1];
            onFx(() -> shot[0] = stage[0].getScene().snapshot(null));
            write(shot[0], out.resolve(name + "-" + view + ".png"));
            System.out.println("wrote " + out.resolve(name + "-" + view + ".png") + ", wave " + middle + " of "
                    + (waves.size() - 2) + ", " + radius.impact().down() + " down in the end");
        }
        Platform.exit();
        System.exit(0);
    }

    private static void write(WritableImage image, Path file) throws java.io.IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(png, "png", file.toFile());
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Runnable wrapped = () -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        };
        if (!started) {
            started = true;
            Platform.startup(wrapped);
        } else {
            Platform.runLater(wrapped);
        }
        done.await();
    }

    private static boolean started;
}
