package dev.blastmap.app.canvas;

/**
 * Keeps the books behind {@link FrameStats}: the latest states and viewport asked for, and for every frame
 * put on screen, whether its picture showed them. The canvas tells it what each picture was painted from;
 * the ledger decides what counts as current, so that the rule is one piece of code tested without a screen.
 *
 * <p>A picture's viewport matches when its zoom is the same and its offsets are at most half a pixel apart (the
 * picture is drawn on whole pixels).
 */
final class FrameLedger {

    private static final double HALF_PIXEL = 0.5;

    private long statesVersion;
    private Viewport latestView = Viewport.identity();
    private long frames;
    private long current;
    private long behind;

    /** A state change was asked for; returns the new states version. */
    long statesChanged() {
        return ++statesVersion;
    }

    /** The states version the latest picture must show. */
    long statesVersion() {
        return statesVersion;
    }

    /** The viewport the latest picture must show. */
    void viewportChanged(Viewport v) {
        latestView = v;
    }

    /**
     * Books one frame put on screen.
     *
     * @param pictureStates the states version its picture was painted from
     * @param pictureView   the viewport its picture was painted for and is shown at (with a stretched or shifted
     *                      bitmap, the one it was painted for)
     * @param whole         true if the picture covers the whole view, false if some of it was left blank
     */
    void frameShown(long pictureStates, Viewport pictureView, boolean whole) {
        frames++;
        long lag = Math.max(0, statesVersion - pictureStates);
        behind += lag;
        if (lag == 0 && whole && matches(pictureView, latestView)) {
            current++;
        }
    }

    /** The counts so far. */
    FrameStats stats() {
        return new FrameStats(frames, current, behind);
    }

    static boolean matches(Viewport picture, Viewport wanted) {
        return picture.scale() == wanted.scale()
                && Math.abs(picture.offsetX() - wanted.offsetX()) <= HALF_PIXEL
                && Math.abs(picture.offsetY() - wanted.offsetY()) <= HALF_PIXEL;
    }
}
