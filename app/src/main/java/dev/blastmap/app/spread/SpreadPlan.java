package dev.blastmap.app.spread;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The blast radius cut into the frames an animation replays. Frame 0 shows nothing down; frame {@code i}
 * shows every failure of the first {@code i} (time, wave) steps of {@link BlastRadius#down()}. Everything a
 * frame shows (states, counters, the play clock) is computed here once, so the animation only looks up.
 */
public final class SpreadPlan {

    /** Seconds of play, at speed 1, between two waves at the same simulated time. */
    static final double WAVE_SECONDS = 0.6;
    /** Extra seconds of play when simulated time moves on, so delays read as pauses. */
    static final double DELAY_SECONDS = 0.9;

    /** Seconds of play before the knocked-out services show, so a replay starts from a healthy picture. */
    static final double FIRST_SECONDS = 0.3;

    private static final int NEVER = Integer.MAX_VALUE;

    private final BlastRadius radius;
    private final List<Frame> frames;
    private final Map<ServiceId, Integer> downFrame;
    private final Map<ServiceId, Integer> degradedFrame;

    /**
     * What the view shows at one frame.
     *
     * @param time               simulated time of the step that this frame adds
     * @param wave               its wave
     * @param newlyDown          the services that go down at this frame
     * @param down               services down so far
     * @param customerFacingDown customer-facing services down so far
     * @param weighted           weighted impact so far
     * @param playAt             seconds from the start of the replay, at speed 1, when this frame shows
     */
    public record Frame(Duration time, int wave, List<ServiceId> newlyDown, int down, int customerFacingDown,
                        double weighted, double playAt) {

        /** Copies the list. */
        public Frame {
            newlyDown = List.copyOf(newlyDown);
        }
    }

    private SpreadPlan(BlastRadius radius, List<Frame> frames, Map<ServiceId, Integer> downFrame,
                       Map<ServiceId, Integer> degradedFrame) {
        this.radius = radius;
        this.frames = List.copyOf(frames);
        this.downFrame = downFrame;
        this.degradedFrame = degradedFrame;
    }

    /** A plan with nothing knocked out: one frame, everything healthy. */
    public static SpreadPlan none() {
        return new SpreadPlan(null, List.of(new Frame(Duration.ZERO, 0, List.of(), 0, 0, 0, 0)), Map.of(), Map.of());
    }

    /** Cuts the blast radius of a knockout on this graph into frames. */
    public static SpreadPlan of(Graph graph, BlastRadius radius) {
        List<Frame> frames = new ArrayList<>();
        frames.add(new Frame(Duration.ZERO, 0, List.of(), 0, 0, 0, 0));
        Map<ServiceId, Integer> downFrame = new HashMap<>();
        List<Failure> down = radius.down();
        int down0 = 0;
        int customers = 0;
        double weighted = 0;
        double clock = 0;
        int i = 0;
        while (i < down.size()) {
            Failure first = down.get(i);
            List<ServiceId> step = new ArrayList<>();
            while (i < down.size() && down.get(i).time().equals(first.time()) && down.get(i).wave() == first.wave()) {
                Failure f = down.get(i);
                step.add(f.id());
                Service s = graph.require(f.id());
                down0++;
                customers += s.customerFacing() ? 1 : 0;
                weighted += s.weight();
                downFrame.put(f.id(), frames.size());
                i++;
            }
            Frame previous = frames.get(frames.size() - 1);
            clock += frames.size() == 1 ? FIRST_SECONDS
                    : WAVE_SECONDS + (first.time().compareTo(previous.time()) > 0 ? DELAY_SECONDS : 0);
            frames.add(new Frame(first.time(), first.wave(), step, down0, customers, weighted, clock));
        }
        Map<ServiceId, Integer> degradedFrame = new HashMap<>();
        for (Service s : graph.services()) {
            int earliest = NEVER;
            for (ServiceId m : s.dependencies()) {
                earliest = Math.min(earliest, downFrame.getOrDefault(m, NEVER));
            }
            if (earliest != NEVER) {
                degradedFrame.put(s.id(), earliest);
            }
        }
        return new SpreadPlan(radius, frames, downFrame, degradedFrame);
    }

    /** The blast radius this plan replays, or null for {@link #none()}. */
    public BlastRadius radius() {
        return radius;
    }

    /** The frames, frame 0 first. */
    public List<Frame> frames() {
        return frames;
    }

    /** The last frame index: the whole blast radius shown. */
    public int lastFrame() {
        return frames.size() - 1;
    }

    /** The frame index showing at {@code seconds} of play at speed 1: the last frame due by then. */
    public int frameAt(double seconds) {
        int lo = 0;
        int hi = lastFrame();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (frames.get(mid).playAt() <= seconds) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** How a service looks at a frame: down from the frame it fails, degraded from the first down dependency. */
    public ServiceState stateAt(ServiceId id, int frame) {
        if (downFrame.getOrDefault(id, NEVER) <= frame) {
            return radius.state(id) == ServiceState.KNOCKED_OUT ? ServiceState.KNOCKED_OUT : ServiceState.DOWN;
        }
        return degradedFrame.getOrDefault(id, NEVER) <= frame ? ServiceState.DEGRADED : ServiceState.HEALTHY;
    }
}
