package dev.blastmap.app.window;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.start.ArchivedRelaunch;
import dev.blastmap.layout.Layout;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;

/**
 * Measures the launch with {@code -Dblastmap.timing=true}: once the canvas has drawn the first graph, says how
 * long after the JVM started that was, with the milestones on the way (window shown, graph read, laid out),
 * as one line {@code drawn after N ms (...)}. The line is written in the pulse whose frame shows the graph.
 */
final class LaunchTiming {

    /** The system property that turns the measurement on. */
    static final String PROPERTY = "blastmap.timing";

    private final Supplier<Instant> clock;
    private final Instant start;
    private final Consumer<String> out;
    private long shown = -1;
    private long read = -1;
    private long laidOut = -1;
    private long framesBeforeLayout;
    private boolean done;

    private LaunchTiming(Instant start, Supplier<Instant> clock, Consumer<String> out) {
        this.start = start;
        this.clock = clock;
        this.out = out;
    }

    /** Whether the launch option asks for the measurement. */
    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * When the launch began: the time that {@link ArchivedRelaunch#LAUNCH_START} holds, set by the JVM that
     * relaunched this one, or else when this JVM started, as the JVM itself recorded it. (Not the
     * process start time of {@link ProcessHandle}: on Linux it is counted from the boot time, which the
     * kernel gives in whole seconds, and was seen 0.6 s early.)
     */
    static Instant launchStart() {
        String given = System.getProperty(ArchivedRelaunch.LAUNCH_START);
        return given != null ? Instant.ofEpochMilli(Long.parseLong(given))
                : Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /**
     * Watches the window of {@code scene} from {@code start} on and writes the line to {@code out} once the
     * canvas has drawn the first non-empty graph.
     */
    static LaunchTiming watch(Scene scene, DocumentModel documents, LayoutModel layouts, Instant start,
                              Supplier<Instant> clock, Consumer<String> out) {
        LaunchTiming timing = new LaunchTiming(start, clock, out);
        documents.documentProperty().addListener((obs, was, now) -> timing.read(now));
        // Added after the graph pane's listener, so the canvas has the layout but has not drawn it yet.
        layouts.layoutProperty().addListener((obs, was, now) -> timing.laidOut(now, canvas(scene)));
        scene.windowProperty().addListener((obs, was, now) -> {
            if (now != null) {
                now.showingProperty().addListener((o, w, showing) -> timing.shown(showing));
            }
        });
        Runnable check = new Runnable() {
            @Override
            public void run() {
                if (timing.drawn(scene)) {
                    scene.removePostLayoutPulseListener(this);
                }
            }
        };
        scene.addPostLayoutPulseListener(check);
        return timing;
    }

    private long elapsed() {
        return Duration.between(start, clock.get()).toMillis();
    }

    private void read(GraphDocument doc) {
        if (read < 0 && !doc.isEmpty()) {
            read = elapsed();
        }
    }

    private void laidOut(Layout layout, GraphCanvas canvas) {
        if (laidOut < 0 && read >= 0 && layout != null && !layout.nodes().isEmpty() && canvas != null) {
            laidOut = elapsed();
            framesBeforeLayout = canvas.framesDrawn();
        }
    }

    private static GraphCanvas canvas(Scene scene) {
        return scene.lookup("#graph-canvas") instanceof GraphCanvas canvas ? canvas : null;
    }

    private void shown(boolean showing) {
        if (shown < 0 && showing) {
            shown = elapsed();
        }
    }

    /** Writes the line if the canvas has drawn a laid-out graph; true once written. */
    private boolean drawn(Scene scene) {
        if (done || laidOut < 0) {
            return done;
        }
        GraphCanvas canvas = canvas(scene);
        if (canvas != null && !canvas.graphLayout().nodes().isEmpty() && canvas.framesDrawn() > framesBeforeLayout
                && canvas.graphShown()) {
            done = true;
            out.accept("drawn after " + elapsed() + " ms (window shown after " + shown + " ms, graph read after "
                    + read + " ms, laid out after " + laidOut + " ms)");
        }
        return done;
    }
}
