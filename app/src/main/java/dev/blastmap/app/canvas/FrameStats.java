package dev.blastmap.app.canvas;

/**
 * What a {@link GraphCanvas} has put on screen, counted honestly: every frame, and those whose picture was the
 * current one. A frame is current when its picture shows the latest service states and the latest viewport,
 * sharp: painted at the viewport's zoom (not stretched from another), where the viewport puts it (not shifted
 * by a pixel or more), with nothing of the view left blank. Subtract two snapshots with {@link #since} to
 * measure an interval.
 *
 * @param frames        frames put on screen
 * @param currentFrames frames whose picture was the current one
 * @param statesBehind  the sum over frames of how many state changes ({@code setStates} calls that changed some
 *                      service's state) the picture shown was behind
 */
public record FrameStats(long frames, long currentFrames, long statesBehind) {

    /** Validates the counts. */
    public FrameStats {
        if (frames < 0 || currentFrames < 0 || statesBehind < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (currentFrames > frames) {
            throw new IllegalArgumentException("current frames (" + currentFrames + ") exceed frames (" + frames + ")");
        }
    }

    /** Nothing drawn yet. */
    public static FrameStats none() {
        return new FrameStats(0, 0, 0);
    }

    /** The mean number of state changes the picture shown was behind, per frame; 0 with no frames. */
    public double meanLag() {
        return frames == 0 ? 0 : statesBehind / (double) frames;
    }

    /** What happened between an earlier snapshot and this one. */
    public FrameStats since(FrameStats earlier) {
        return new FrameStats(frames - earlier.frames, currentFrames - earlier.currentFrames,
                statesBehind - earlier.statesBehind);
    }
}
