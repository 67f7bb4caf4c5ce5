package dev.blastmap.app.canvas;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import java.util.List;
import java.util.Random;

/**
 * The phases the rendering harnesses play, as functions of time: {@link CanvasFrameRateHarness} on the real
 * canvas, {@link PeerFrameRateHarness} on the peers and {@link CanvasPaintProfile} in a plain loop all take their
 * viewports and state changes from here, so that they measure the same animation, step for step.
 */
final class HarnessPhases {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    /** The share of services that change state every frame of the restyle phase. */
    static final double RESTYLED_PER_FRAME = 0.05;

    private HarnessPhases() {
    }

    /**
     * How many times the harnesses play all their phases: by default twice, the first pass while the JIT is still
     * compiling the painting code (it keeps a core busy for the first 15-20 s of a run), the second warm. Both are
     * printed; {@code -Dblastmap.harness.passes=1} plays them once, cold, as the harnesses did before.
     */
    static int passes() {
        return Math.max(1, Integer.getInteger("blastmap.harness.passes", 2));
    }

    /** The phases' names, as the harnesses' rows print them, in the order they are played. */
    static final List<String> PHASES = List.of("pan, whole graph in view", "pan at zoom 1",
            "zoom 1x-2x of fit + drift + 5% restyled a frame", "zoom in and out 1x-6x of fit",
            "fixed view, failure spreading");

    /** Measures one phase: its row's name and its place in {@link #PHASES}. */
    interface Measure {
        void phase(String row, int phase) throws InterruptedException;
    }

    /**
     * Plays every phase of every pass in order; the rows of passes before the last say "cold" after the phase's
     * name.
     */
    static void play(Measure measure) throws InterruptedException {
        for (int pass = 1; pass <= passes(); pass++) {
            String tag = pass < passes() ? " (cold: pass " + pass + " of " + passes() + ", JIT compiling)" : "";
            for (int phase = 0; phase < PHASES.size(); phase++) {
                measure.phase(PHASES.get(phase) + tag, phase);
            }
        }
    }

    /** The view of the whole graph the phases start from. */
    static Viewport fitted(Layout layout) {
        return Viewport.fit(layout.bounds(), WIDTH, HEIGHT, 32, 1.0);
    }

    /** Panning in a small ellipse about the fitted view. */
    static Viewport panFitted(Viewport fitted, double t) {
        return fitted.panBy(120 * Math.sin(t * 2), 80 * Math.cos(t * 2));
    }

    /** Panning at zoom 1 in an ellipse about the graph's centre. */
    static Viewport panClose(Box bounds, double t) {
        return new Viewport(1, 0, 0).centredOn(bounds.centerX() + 600 * Math.sin(t), bounds.centerY() + 400 * Math.cos(t),
                WIDTH, HEIGHT);
    }

    /** The animation: the zoom swinging between the fitted view and twice it, the centre drifting. */
    static Viewport zoomDrift(Viewport fitted, double t) {
        double factor = 1.5 - 0.5 * Math.cos(t * 1.3);
        return fitted.zoomAt(factor, WIDTH / 2.0, HEIGHT / 2.0).panBy(90 * Math.sin(t * 0.7), 60 * Math.sin(t * 0.5));
    }

    /** Zooming in and out, up to 6x but short of the zoom limit: a view held at the limit has nothing new to draw. */
    static Viewport zoom(Viewport fitted, double t) {
        double most = Math.min(6, 0.95 * Viewport.MAX_SCALE / fitted.scale());
        double factor = Math.exp(Math.log(most) * (0.5 - 0.5 * Math.cos(t * 1.5)));
        return fitted.zoomAt(factor, WIDTH / 2.0, HEIGHT / 2.0);
    }

    /** Which of {@code waves} waves of the spread is shown at time t: six a second, round and round. */
    static int wave(double t, int waves) {
        return (int) (t * 6) % waves;
    }

    /** Gives 5% of the services, chosen at random, a random state: one frame of the restyle phase. */
    static void restyle(ServiceState[] states, Random rng) {
        ServiceState[] all = ServiceState.values();
        for (int i = (int) (states.length * RESTYLED_PER_FRAME); i > 0; i--) {
            states[rng.nextInt(states.length)] = all[rng.nextInt(all.length)];
        }
    }
}
