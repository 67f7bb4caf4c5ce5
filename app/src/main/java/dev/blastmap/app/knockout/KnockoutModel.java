package dev.blastmap.app.knockout;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Selector;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.history.HistoryModel;
import dev.blastmap.app.history.Revision;
import dev.blastmap.app.spread.KnockoutSpread;
import dev.blastmap.app.spread.SpreadPlan;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * What is knocked out. Each command records the new knocked-out set in the document's one undo history
 * ({@link HistoryModel}, shared with the edits); whenever the history moves (a knockout, an edit, undo, redo)
 * this model computes the blast radius of the set shown with the document's engine (linear in the graph, so
 * it runs at once) and the frames the animation replays. A new document starts a new history.
 *
 * <p>After an edit of a large graph the engine of the new revision is compiled on a worker
 * ({@link GraphDocument#isCompiled()}): the knockout shown stays until it is ready, and is then redone on the
 * edited graph. Only the last move of the history is shown: a radius for a revision that an undo, a redo or
 * another edit has already replaced is dropped.
 */
public final class KnockoutModel {

    private final ObservableValue<GraphDocument> document;
    private final HistoryModel history;
    private final ReadOnlyObjectWrapper<KnockoutSpread> current =
            new ReadOnlyObjectWrapper<>(this, "current", KnockoutSpread.none());
    /** Whether the next move of the history replays its spread: true for knockout commands only. */
    private boolean animateNext;
    /** Counts the moves of the history, so that a radius computed for an older one is not shown. */
    private long moves;

    /** A model with its own history, for a document that is never edited (tests, previews). */
    public KnockoutModel(ObservableValue<GraphDocument> document) {
        this(document, new HistoryModel(document, graph -> {
            throw new IllegalStateException("knockouts alone never edit the graph");
        }));
    }

    /** A model for the knockouts of whatever document is open, recorded in {@code history}. */
    public KnockoutModel(ObservableValue<GraphDocument> document, HistoryModel history) {
        this.document = document;
        this.history = history;
        history.historyProperty().addListener((obs, was, now) -> {
            boolean animate = animateNext;
            animateNext = false;
            apply(now.current().knockedOut(), animate);
        });
    }

    /** The current knockout; a new value after every command, edit, undo and redo. */
    public ReadOnlyObjectProperty<KnockoutSpread> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The current knockout. */
    public KnockoutSpread current() {
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

    /** True if there is an action (knockout or edit) to undo. */
    public BooleanBinding canUndoProperty() {
        return history.canUndoProperty();
    }

    /** True if there is an undone action (knockout or edit) to redo. */
    public BooleanBinding canRedoProperty() {
        return history.canRedoProperty();
    }

    /** Knocks these services out as well as those already out, and replays the spread. */
    public void knockOut(Collection<ServiceId> ids) {
        Set<ServiceId> next = new LinkedHashSet<>(knockedOut());
        next.addAll(ids);
        record(next, true, ids.size() == 1 ? "Knock Out " + label(ids.iterator().next())
                : "Knock Out " + ids.size() + " Services");
    }

    /** Knocks out every service a selector names ({@code region:us-east-1}, an id, ...). */
    public void knockOut(Selector selector) {
        Set<ServiceId> next = new LinkedHashSet<>(knockedOut());
        next.addAll(selector.resolve(graph()));
        record(next, true, "Knock Out " + selector);
    }

    /** Knocks a service out, or brings it back if it is knocked out. */
    public void toggle(ServiceId id) {
        Set<ServiceId> next = new LinkedHashSet<>(knockedOut());
        boolean back = next.remove(id);
        if (!back) {
            next.add(id);
        }
        record(next, true, (back ? "Bring Back " : "Knock Out ") + label(id));
    }

    /**
     * Replaces the knocked-out set; the hook for walkthroughs and previews. Unknown ids are refused with
     * IllegalArgumentException before anything changes.
     */
    public void show(Collection<ServiceId> ids, boolean animate) {
        for (ServiceId id : ids) {
            graph().require(id);
        }
        record(new LinkedHashSet<>(ids), animate, "Show Knockout");
    }

    /** Brings every service back. */
    public void reset() {
        record(Set.of(), false, "Reset Knockouts");
    }

    /** Goes back one action: a knockout or an edit. */
    public void undo() {
        history.undo();
    }

    /** Goes forward one undone action. */
    public void redo() {
        history.redo();
    }

    private Graph graph() {
        return document.getValue().graph();
    }

    private String label(ServiceId id) {
        return document.getValue().label(id);
    }

    private void record(Set<ServiceId> next, boolean animate, String action) {
        animateNext = animate;
        history.record(new Revision(graph(), next, action));
        animateNext = false;
    }

    private void apply(Set<ServiceId> ids, boolean animate) {
        long move = ++moves;
        if (ids.isEmpty()) {
            if (current.get().isActive()) {
                current.set(KnockoutSpread.none());
            }
            return;
        }
        GraphDocument doc = document.getValue();
        if (!doc.isCompiled()) {
            // the radius and its frames are worked out where the engine is compiled, not on the FX thread
            doc.compiled().thenApply(compiled -> spread(compiled, ids, animate)).thenAcceptAsync(spread -> {
                if (move == moves && document.getValue().graph() == spread.graph()) {
                    current.set(spread.value());
                }
            }, javafx.application.Platform::runLater);
            return;
        }
        current.set(spread(doc, ids, animate).value());
    }

    /** A knockout worked out for one graph. */
    private record Worked(Graph graph, KnockoutSpread value) {
    }

    private static Worked spread(GraphDocument doc, Set<ServiceId> ids, boolean animate) {
        BlastRadius radius = doc.engine().knockOut(ids);
        return new Worked(doc.graph(), new KnockoutSpread(ids, radius, SpreadPlan.of(doc.graph(), radius), animate));
    }
}
