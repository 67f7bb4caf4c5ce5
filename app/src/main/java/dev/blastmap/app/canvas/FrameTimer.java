package dev.blastmap.app.canvas;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.animation.AnimationTimer;

/**
 * Keeps pulses coming to a {@link GraphCanvas} while it has something to show: while the view glides to a
 * target ({@link ViewportAnimation}), while something else keeps it busy (services pulsing, a minimap behind),
 * and for half a second after the last picture, then stops. A timer started from another timer's pulse only
 * runs from the next pulse, so stopping at once would make a steadily driven view (playback, a drag) wait for
 * pulses.
 *
 * <p>FX thread only.
 */
final class FrameTimer {

    private static final long GLIDE_NANOS = 450_000_000L;
    private static final long IDLE_NANOS = 500_000_000L;

    private final AnimationTimer timer;
    private ViewportAnimation glide;
    private long lastPicture;

    /**
     * A timer that hands each step of a glide, for a view {@code width} × {@code height}, to {@code show}, and
     * keeps running while {@code busy} says so.
     */
    FrameTimer(Consumer<Viewport> show, DoubleSupplier width, DoubleSupplier height, BooleanSupplier busy) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (glide != null) {
                    ViewportAnimation g = glide;
                    if (g.isDone(now)) {
                        glide = null;
                    }
                    show.accept(g.at(now, width.getAsDouble(), height.getAsDouble()));
                }
                if (glide == null && !busy.getAsBoolean() && System.nanoTime() - lastPicture > IDLE_NANOS) {
                    timer.stop();
                }
            }
        };
    }

    /** Asks for pulses from the next one on. */
    void start() {
        timer.start();
    }

    /** Starts a glide from {@code from} to {@code target}. */
    void glide(Viewport from, Viewport target) {
        glide = new ViewportAnimation(from, target, System.nanoTime(), GLIDE_NANOS);
        timer.start();
    }

    /** Stops any glide: a gesture or a viewport set from elsewhere has taken over. */
    void stopGlide() {
        glide = null;
    }

    /** A picture was made at {@code now}: keep running a while longer. */
    void pictureMade(long now) {
        lastPicture = now;
    }
}
