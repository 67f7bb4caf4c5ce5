package dev.blastmap.app.player;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Records interactive knockouts and restores as a new scenario. While recording, every change to the
 * knocked-out set since the last recorded step is pending; {@link #addStep()} turns it, with the title and
 * narration typed in, into a step. The scenario starts from nothing knocked out, so its first step knocks
 * out whatever was out when it was added, and it replays the same from any state.
 *
 * <p>Editing the graph does not stop a recording, as an edit does not stop a macro recorder: the steps
 * recorded so far follow their services through renames ({@link #follow(Function)}) and lose the ones
 * deleted, and the scenario finished keeps only services of the graph it is added to. A step records what
 * is knocked out, so the walkthrough replays its knockouts on the graph as it is saved.
 */
public final class RecorderModel {

    /**
     * What the next step will do.
     *
     * @param knockOut services knocked out since the last step, in the order of the knocked-out set
     * @param restore  services brought back since the last step
     */
    public record Change(List<ServiceId> knockOut, List<ServiceId> restore) {

        /** Copies the lists. */
        public Change {
            knockOut = List.copyOf(knockOut);
            restore = List.copyOf(restore);
        }

        /** No change. */
        public static Change none() {
            return new Change(List.of(), List.of());
        }

        /** True if the step would change nothing. */
        public boolean isEmpty() {
            return knockOut.isEmpty() && restore.isEmpty();
        }
    }

    private final ObservableValue<? extends Collection<ServiceId>> knockedOut;
    private final ReadOnlyBooleanWrapper recording = new ReadOnlyBooleanWrapper(this, "recording");
    private final StringProperty scenarioTitle = new SimpleStringProperty(this, "scenarioTitle", "");
    private final StringProperty stepTitle = new SimpleStringProperty(this, "stepTitle", "");
    private final StringProperty narration = new SimpleStringProperty(this, "narration", "");
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Change> pending = new ReadOnlyObjectWrapper<>(this, "pending", Change.none());
    private final BooleanBinding canAddStep;
    private final BooleanBinding canFinish;
    private Set<ServiceId> atLastStep = Set.of();

    /** A recorder of the changes to {@code knockedOut}, the window's knocked-out set. */
    public RecorderModel(ObservableValue<? extends Collection<ServiceId>> knockedOut) {
        this.knockedOut = Objects.requireNonNull(knockedOut, "knockedOut");
        knockedOut.addListener((obs, was, now) -> updatePending());
        canAddStep = Bindings.createBooleanBinding(
                () -> recording.get() && (!pending.get().isEmpty() || !narration.get().isBlank()), recording, pending, narration);
        canFinish = Bindings.createBooleanBinding(() -> recording.get() && !steps.isEmpty(), recording, steps);
    }

    /** True while recording. */
    public ReadOnlyBooleanProperty recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    /** The title of the scenario being recorded. */
    public StringProperty scenarioTitleProperty() {
        return scenarioTitle;
    }

    /** The title of the next step, as typed. */
    public StringProperty stepTitleProperty() {
        return stepTitle;
    }

    /** The narration of the next step, as typed. */
    public StringProperty narrationProperty() {
        return narration;
    }

    /** The steps recorded so far. */
    public ObservableList<Step> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    /** What the next step will knock out and restore. */
    public ReadOnlyObjectProperty<Change> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** True when a step can be added: something changed, or there is narration to say. */
    public BooleanBinding canAddStepProperty() {
        return canAddStep;
    }

    /** True when there is a scenario to save. */
    public BooleanBinding canFinishProperty() {
        return canFinish;
    }

    /** Starts a new recording; a title typed before is kept. */
    public void start() {
        steps.clear();
        atLastStep = Set.of();
        stepTitle.set("");
        narration.set("");
        if (scenarioTitle.get().isBlank()) {
            scenarioTitle.set("My walkthrough");
        }
        recording.set(true);
        updatePending();
    }

    /** Records the pending change with the typed title and narration as a step, and clears them. */
    public void addStep() {
        if (!canAddStep.get()) {
            throw new IllegalStateException("nothing to record");
        }
        Change change = pending.get();
        List<ServiceId> frame = new ArrayList<>(change.knockOut());
        frame.addAll(change.restore());
        String title = stepTitle.get().isBlank() ? "Step " + (steps.size() + 1) : stepTitle.get().strip();
        steps.add(new Step(null, title, narration.get().strip(), change.knockOut(), change.restore(), frame));
        atLastStep = new LinkedHashSet<>(current());
        stepTitle.set("");
        narration.set("");
        updatePending();
    }

    /**
     * Ends the recording and returns the scenario, with an id derived from its title that no scenario of
     * {@code graph} has yet.
     */
    public Scenario finish(Graph graph) {
        if (!canFinish.get()) {
            throw new IllegalStateException("no steps recorded");
        }
        String title = scenarioTitle.get().isBlank() ? "My walkthrough" : scenarioTitle.get().strip();
        // an undone rename or addition can leave a step naming a service the graph no longer has
        Function<ServiceId, Optional<ServiceId>> inGraph = id -> Optional.of(id).filter(graph::contains);
        List<Step> kept = steps.stream().map(s -> new Step(s.time(), s.title(), s.narration(),
                followed(s.knockOut(), inGraph), followed(s.restore(), inGraph), followed(s.frame(), inGraph))).toList();
        Scenario scenario = new Scenario(uniqueId(graph, title), title, "Recorded in Blastmap.", kept);
        recording.set(false);
        steps.clear();
        scenarioTitle.set("");
        updatePending();
        return scenario;
    }

    /**
     * Follows an edit of the graph while recording: each service the recorded steps name becomes what
     * {@code follow} calls it after the edit, and a service it deleted leaves them.
     */
    public void follow(Function<ServiceId, Optional<ServiceId>> follow) {
        if (!recording.get()) {
            return;
        }
        steps.replaceAll(s -> new Step(s.time(), s.title(), s.narration(), followed(s.knockOut(), follow),
                followed(s.restore(), follow), followed(s.frame(), follow)));
        atLastStep = new LinkedHashSet<>(followed(List.copyOf(atLastStep), follow));
        updatePending();
    }

    private static List<ServiceId> followed(List<ServiceId> ids, Function<ServiceId, Optional<ServiceId>> follow) {
        return ids.stream().map(follow).flatMap(Optional::stream).distinct().toList();
    }

    /** Ends the recording and forgets its steps. */
    public void cancel() {
        recording.set(false);
        steps.clear();
        updatePending();
    }

    /** A file-friendly id from a title, "my-walkthrough", made unique with "-2", "-3", ... */
    static String uniqueId(Graph graph, String title) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "walkthrough";
        }
        String id = base;
        for (int n = 2; graph.scenario(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private Set<ServiceId> current() {
        Collection<ServiceId> now = knockedOut.getValue();
        return now == null ? Set.of() : new LinkedHashSet<>(now);
    }

    private void updatePending() {
        if (!recording.get()) {
            pending.set(Change.none());
            return;
        }
        Set<ServiceId> now = current();
        List<ServiceId> out = now.stream().filter(id -> !atLastStep.contains(id)).toList();
        List<ServiceId> back = atLastStep.stream().filter(id -> !now.contains(id)).toList();
        pending.set(new Change(out, back));
    }
}
