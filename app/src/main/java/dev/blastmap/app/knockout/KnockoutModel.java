package dev.blastmap.app.knockout;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Selector;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.spread.SpreadPlan;
import dev.blastmap.model.ServiceId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * What is knocked out, with undo and redo. Each command records an immutable knocked-out set in a
 * {@link KnockoutHistory} and computes its blast radius with the document's engine (linear in the graph, so
 * it runs at once) and the frames the animation replays. A new document starts a new history.
 */
public final class KnockoutModel {

    private final ObservableValue<GraphDocument> document;
    private final ReadOnlyObjectWrapper<KnockoutHistory> history =
            new ReadOnlyObjectWrapper<>(this, "history", KnockoutHistory.start());
    private final ReadOnlyObjectWrapper<Knockout> current = new ReadOnlyObjectWrapper<>(this, "current", Knockout.none());
    private final BooleanBinding canUndo = Bindings.createBooleanBinding(() -> history.get().canUndo(), history);
    private final BooleanBinding canRedo = Bindings.createBooleanBinding(() -> history.get().canRedo(), history);

    /** A model for the knockouts of whatever document is open. */
    public KnockoutModel(ObservableValue<GraphDocument> document) {
        this.document = document;
        document.addListener((obs, was, now) -> {
            history.set(KnockoutHistory.start());
            current.set(Knockout.none());
        });
    }

    /** The current knockout; a new value after every command. */
    public ReadOnlyObjectProperty<Knockout> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The current knockout. */
    public Knockout current() {
        return current.get();
    }

    /** The knocked-out set. */
    public Set<ServiceId> knockedOut() {
        return current.get().knockedOut();
    }

    /** The current blast radius, or null when nothing is knocked out. */
    public BlastRadius radius() {
        return current.get().radius();
    }

    /** True if there is a knockout to undo. */
    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    /** True if there is an undone knockout to redo. */
    public BooleanBinding canRedoProperty() {
        return canRedo;
    }

    /** Knocks these services out as well as those already out, and replays the spread. */
    public void knockOut(Collection<ServiceId> ids) {
        Set<ServiceId> next = new LinkedHashSet<>(knockedOut());
        next.addAll(ids);
        record(next, true);
    }

    /** Knocks out every service a selector names ({@code region:us-east-1}, an id, ...). */
    public void knockOut(Selector selector) {
        knockOut(selector.resolve(document.getValue().graph()));
    }

    /** Knocks a service out, or brings it back if it is knocked out. */
    public void toggle(ServiceId id) {
        Set<ServiceId> next = new LinkedHashSet<>(knockedOut());
        if (!next.remove(id)) {
            next.add(id);
        }
        record(next, true);
    }

    /**
     * Replaces the knocked-out set; the hook for walkthroughs and previews. Unknown ids are refused with
     * IllegalArgumentException before anything changes.
     */
    public void show(Collection<ServiceId> ids, boolean animate) {
        for (ServiceId id : ids) {
            document.getValue().graph().require(id);
        }
        record(new LinkedHashSet<>(ids), animate);
    }

    /** Brings every service back. */
    public void reset() {
        record(Set.of(), false);
    }

    /** Goes back to the previous knocked-out set. */
    public void undo() {
        history.set(history.get().undo());
        apply(history.get().current(), false);
    }

    /** Goes forward to the knocked-out set undone last. */
    public void redo() {
        history.set(history.get().redo());
        apply(history.get().current(), false);
    }

    private void record(Set<ServiceId> next, boolean animate) {
        KnockoutHistory before = history.get();
        history.set(before.record(next));
        if (history.get() != before) {
            apply(history.get().current(), animate);
        }
    }

    private void apply(Set<ServiceId> ids, boolean animate) {
        if (ids.isEmpty()) {
            current.set(Knockout.none());
            return;
        }
        GraphDocument doc = document.getValue();
        BlastRadius radius = doc.engine().knockOut(ids);
        current.set(new Knockout(ids, radius, SpreadPlan.of(doc.graph(), radius), animate));
    }
}
