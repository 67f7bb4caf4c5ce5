package dev.blastmap.app.spread;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.model.ServiceId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * Replays a knockout's {@link SpreadPlan}: which frame shows, whether it plays, how fast, and the counters
 * of that frame. The view drives it with {@link #tick(double)} from an animation timer; the model only
 * looks up precomputed frames, so a tick costs nothing however big the graph.
 */
public final class PlaybackModel {

    /** The speeds the speed control offers. */
    public static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4};

    private final ReadOnlyObjectWrapper<SpreadPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan", SpreadPlan.none());
    private final IntegerProperty frame = new SimpleIntegerProperty(this, "frame");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final ReadOnlyIntegerWrapper lastFrame = new ReadOnlyIntegerWrapper(this, "lastFrame");
    private final ReadOnlyIntegerWrapper down = new ReadOnlyIntegerWrapper(this, "down");
    private final ReadOnlyIntegerWrapper customerFacingDown = new ReadOnlyIntegerWrapper(this, "customerFacingDown");
    private final ReadOnlyDoubleWrapper weighted = new ReadOnlyDoubleWrapper(this, "weighted");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", true);
    private double seconds;

    /** A player of whatever knockout {@code knockout} holds; a new knockout replays or jumps to its end. */
    public PlaybackModel(ObservableValue<KnockoutSpread> knockout) {
        frame.addListener((obs, was, now) -> {
            if (!playing.get()) {
                // Scrubbed by the user: play on from here.
                seconds = plan.get().frames().get(Math.max(0, Math.min(now.intValue(), plan.get().lastFrame()))).playAt();
            }
            showFrame(now.intValue());
        });
        knockout.addListener((obs, was, now) -> load(now));
        load(knockout.getValue());
    }

    private void load(KnockoutSpread knockout) {
        SpreadPlan next = knockout.plan();
        playing.set(false);
        plan.set(next);
        lastFrame.set(next.lastFrame());
        if (knockout.animate() && next.lastFrame() > 0) {
            seconds = next.frames().get(1).playAt();
            forceFrame(1);
            playing.set(next.lastFrame() > 1);
        } else {
            seekEnd();
        }
    }

    /** Advances the replay by {@code elapsed} seconds of wall time, scaled by the speed. */
    public void tick(double elapsed) {
        if (!playing.get()) {
            return;
        }
        seconds += elapsed * speed.get();
        SpreadPlan p = plan.get();
        int next = p.frameAt(seconds);
        frame.set(next);
        if (next >= p.lastFrame()) {
            playing.set(false);
        }
    }

    /** Plays from where it is; from the start if it is at the end. */
    public void play() {
        if (frame.get() >= lastFrame.get()) {
            seek(0);
        }
        playing.set(lastFrame.get() > 0);
    }

    /** Pauses. */
    public void pause() {
        playing.set(false);
    }

    /** Plays or pauses. */
    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Plays again from a healthy picture. */
    public void replay() {
        seek(0);
        play();
    }

    /** Shows a frame and pauses there. */
    public void seek(int target) {
        int f = Math.max(0, Math.min(target, lastFrame.get()));
        playing.set(false);
        seconds = plan.get().frames().get(f).playAt();
        forceFrame(f);
    }

    /** Shows the whole blast radius. */
    public void seekEnd() {
        seek(lastFrame.get());
    }

    private void forceFrame(int f) {
        if (frame.get() == f) {
            showFrame(f);
        } else {
            frame.set(f);
        }
    }

    private void showFrame(int f) {
        SpreadPlan p = plan.get();
        int at = Math.max(0, Math.min(f, p.lastFrame()));
        SpreadPlan.Frame shown = p.frames().get(at);
        down.set(shown.down());
        customerFacingDown.set(shown.customerFacingDown());
        weighted.set(shown.weighted());
        clock.set(at == 0 ? "" : SimulatedTime.clock(shown.time()) + " · wave " + shown.wave());
        finished.set(at >= p.lastFrame());
    }

    /** How a service looks at the frame shown. */
    public ServiceState stateOf(ServiceId id) {
        return plan.get().stateAt(id, frame.get());
    }

    /** The plan being replayed. */
    public ReadOnlyObjectProperty<SpreadPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The frame shown, from 0 (nothing down) to {@link #lastFrameProperty()} (all of it); settable to scrub. */
    public IntegerProperty frameProperty() {
        return frame;
    }

    /** True while it plays. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** The speed factor, 1 for normal. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The index of the last frame. */
    public ReadOnlyIntegerProperty lastFrameProperty() {
        return lastFrame.getReadOnlyProperty();
    }

    /** Services down at the frame shown. */
    public ReadOnlyIntegerProperty downProperty() {
        return down.getReadOnlyProperty();
    }

    /** Customer-facing services down at the frame shown. */
    public ReadOnlyIntegerProperty customerFacingDownProperty() {
        return customerFacingDown.getReadOnlyProperty();
    }

    /** Weighted impact at the frame shown. */
    public ReadOnlyDoubleProperty weightedProperty() {
        return weighted.getReadOnlyProperty();
    }

    /** {@code T+10 min · wave 3} for the frame shown, empty at frame 0. */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** True when the whole blast radius shows. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }
}
