package dev.blastmap.app.player;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The walkthrough player: which scenario of the open graph is picked, which step is shown, and the caption.
 * Moving to step {@code i} sets the knocked-out set to {@link Scenario#knockedOutAfter(int)} and frames the
 * step's services, so stepping backwards, jumping or leaving the script and coming back always shows exactly
 * what the file says. Step −1 is the state before the first step: nothing knocked out.
 *
 * <p>Playing advances one step after {@link #dwell()}; the view owns the clock and calls {@link #next()}, so
 * this model needs no toolkit and its tests need no waiting.
 */
public final class PlayerViewModel {

    private static final Duration MIN_DWELL = Duration.ofSeconds(5);
    private static final Duration MAX_DWELL = Duration.ofSeconds(25);
    private static final Duration INTRO_DWELL = Duration.ofSeconds(3);
    /** About 170 words a minute: reading aloud to a room, with a moment to look at the graph. */
    private static final long MILLIS_PER_WORD = 350;

    private final StepTarget target;
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<Caption> caption = new ReadOnlyObjectWrapper<>(this, "caption", Caption.none());
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final BooleanBinding active = scenario.isNotNull();
    private final BooleanBinding canNext;
    private final BooleanBinding canPrevious;

    /** A player for whatever document is open, landing its steps on {@code target}. */
    public PlayerViewModel(ObservableValue<GraphDocument> document, StepTarget target) {
        this.target = Objects.requireNonNull(target, "target");
        this.canNext = Bindings.createBooleanBinding(
                () -> scenario.get() != null && index.get() < scenario.get().steps().size() - 1, scenario, index);
        this.canPrevious = Bindings.createBooleanBinding(() -> scenario.get() != null && index.get() >= 0, scenario, index);
        scenario.addListener((obs, was, now) -> {
            playing.set(false);
            index.set(-1);
            caption.set(now == null ? Caption.none() : Caption.intro(now));
        });
        document.addListener((obs, was, now) -> {
            if (now.isRevisionOf(was)) {
                edited(now);
            } else {
                opened(now);
            }
        });
        if (document.getValue() != null) {
            opened(document.getValue());
        }
    }

    private void opened(GraphDocument doc) {
        String previous = scenario.get() == null ? null : scenario.get().id();
        scenarios.setAll(doc.graph().scenarios());
        Scenario keep = previous == null ? null : doc.graph().scenario(previous).orElse(null);
        scenario.set(keep != null ? keep : scenarios.isEmpty() ? null : scenarios.get(0));
        // A new document starts with nothing knocked out, even when it holds an equal scenario.
        playing.set(false);
        index.set(-1);
        caption.set(scenario.get() == null ? Caption.none() : Caption.intro(scenario.get()));
    }

    /**
     * The open graph was edited: its walkthroughs follow (a renamed service is renamed in their steps), and
     * the one being shown stays at the step it was at.
     */
    private void edited(GraphDocument doc) {
        String previous = scenario.get() == null ? null : scenario.get().id();
        int at = index.get();
        boolean wasPlaying = playing.get();
        scenarios.setAll(doc.graph().scenarios());
        Scenario keep = previous == null ? null : doc.graph().scenario(previous).orElse(null);
        if (keep == null) {
            opened(doc);
            return;
        }
        scenario.set(keep);
        int step = Math.min(at, keep.steps().size() - 1);
        index.set(step);
        caption.set(step >= 0 ? Caption.of(keep, step) : Caption.intro(keep));
        playing.set(wasPlaying);
    }

    /** The scenarios of the open graph, in file order. */
    public ObservableList<Scenario> scenarios() {
        return FXCollections.unmodifiableObservableList(scenarios);
    }

    /** The picked scenario, or null; picking one goes back before its first step without changing the graph. */
    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    /** Picks the scenario with this id, if the open graph has one. */
    public void select(String id) {
        scenarios.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(scenario::set);
    }

    /** The shown step: −1 before the first. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The caption of the shown step. */
    public ReadOnlyObjectProperty<Caption> captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** True while the player advances by itself. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** True when a scenario is picked, so the step keys belong to the player. */
    public BooleanBinding activeProperty() {
        return active;
    }

    /** True when there is a step after the shown one. */
    public BooleanBinding canNextProperty() {
        return canNext;
    }

    /** True when there is a step (or the start) before the shown one. */
    public BooleanBinding canPreviousProperty() {
        return canPrevious;
    }

    /** Shows the next step, replaying its spread; at the last step it stops playing. */
    public void next() {
        if (canNext.get()) {
            goTo(index.get() + 1, true);
        } else {
            playing.set(false);
        }
    }

    /** Shows the previous step, or the start before the first, without animation. */
    public void previous() {
        if (canPrevious.get()) {
            goTo(index.get() - 1, false);
        }
    }

    /** Shows step {@code i} (−1 for the start), without animation. */
    public void goTo(int i) {
        Scenario s = requireScenario();
        Objects.checkIndex(i + 1, s.steps().size() + 1);
        goTo(i, false);
    }

    /** Starts advancing by itself; from the last step it starts over. */
    public void play() {
        Scenario s = requireScenario();
        if (s.steps().isEmpty()) {
            return;
        }
        if (index.get() >= s.steps().size() - 1) {
            goTo(-1, false);
        }
        playing.set(true);
    }

    /** Stops advancing. */
    public void pause() {
        playing.set(false);
    }

    /** Plays if paused, pauses if playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** How long to stay on the shown step while playing: long enough to read its narration aloud. */
    public Duration dwell() {
        Scenario s = scenario.get();
        if (s == null || index.get() < 0) {
            return INTRO_DWELL;
        }
        String narration = s.steps().get(index.get()).narration().strip();
        long words = narration.isEmpty() ? 0 : narration.split("\\s+").length;
        Duration reading = Duration.ofMillis(words * MILLIS_PER_WORD);
        return reading.compareTo(MIN_DWELL) < 0 ? MIN_DWELL : reading.compareTo(MAX_DWELL) > 0 ? MAX_DWELL : reading;
    }

    private void goTo(int i, boolean animate) {
        Scenario s = requireScenario();
        if (i < 0) {
            target.show(Set.of(), false);
            target.frame(List.of());
            index.set(-1);
            caption.set(Caption.intro(s));
            return;
        }
        target.show(s.knockedOutAfter(i), animate);
        target.frame(frameOf(s.steps().get(i)));
        index.set(i);
        caption.set(Caption.of(s, i));
    }

    /** The services a step frames: those it names, else those it changes, else the whole graph. */
    static List<ServiceId> frameOf(Step step) {
        if (!step.frame().isEmpty()) {
            return step.frame();
        }
        List<ServiceId> changed = new ArrayList<>(step.knockOut());
        step.restore().stream().filter(id -> !changed.contains(id)).forEach(changed::add);
        return changed;
    }

    private Scenario requireScenario() {
        Scenario s = scenario.get();
        if (s == null) {
            throw new IllegalStateException("no scenario is picked");
        }
        return s;
    }
}
