package dev.blastmap.app.canvas;

/**
 * A viewport gliding from one place to another with ease-in-out timing. Pure: the canvas asks it where the
 * view is at each frame's time.
 *
 * @param from     where it starts
 * @param to       where it ends
 * @param start    when it starts, in nanoseconds of the frame clock
 * @param duration how long it takes, in nanoseconds; 0 jumps
 */
record ViewportAnimation(Viewport from, Viewport to, long start, long duration) {

    /** The viewport at time {@code now} in a view of this size. */
    Viewport at(long now, double viewWidth, double viewHeight) {
        return from.interpolate(to, eased(now), viewWidth, viewHeight);
    }

    /** True once the animation has reached its end. */
    boolean isDone(long now) {
        return duration <= 0 || now - start >= duration;
    }

    private double eased(long now) {
        if (duration <= 0) {
            return 1;
        }
        double t = Math.max(0, Math.min(1, (now - start) / (double) duration));
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }
}
