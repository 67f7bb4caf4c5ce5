package dev.blastmap.app.history;

import dev.blastmap.model.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one undo history of a document, for edits and knockouts alike: an immutable value whose entries are
 * immutable {@link Revision}s (a graph is an immutable value, so a snapshot costs one reference). Every
 * command returns a new history, so a view model holds one property and undo is a pointer move.
 */
public final class UndoHistory {

    /** How many actions can be undone; older ones are forgotten so a long session's memory stays bounded. */
    static final int LIMIT = 500;

    private final List<Revision> entries;
    private final int current;

    private UndoHistory(List<Revision> entries, int current) {
        this.entries = entries;
        this.current = current;
    }

    /** A history whose only entry is {@code graph} with nothing knocked out. */
    public static UndoHistory start(Graph graph) {
        return new UndoHistory(List.of(Revision.opened(graph)), 0);
    }

    /** The entry now. */
    public Revision current() {
        return entries.get(current);
    }

    /**
     * Records an action; everything that could be redone is dropped. Recording the state that is already
     * current (the same graph value and knocked-out set) changes nothing.
     */
    public UndoHistory record(Revision next) {
        if (next.sameState(current())) {
            return this;
        }
        List<Revision> kept = new ArrayList<>(entries.subList(Math.max(0, current + 1 - LIMIT), current + 1));
        kept.add(next);
        return new UndoHistory(List.copyOf(kept), kept.size() - 1);
    }

    /** True if there is an action to undo. */
    public boolean canUndo() {
        return current > 0;
    }

    /** True if there is an undone action to redo. */
    public boolean canRedo() {
        return current < entries.size() - 1;
    }

    /** The name of the action {@link #undo()} undoes. */
    public Optional<String> undoAction() {
        return canUndo() ? Optional.of(current().action()) : Optional.empty();
    }

    /** The name of the action {@link #redo()} redoes. */
    public Optional<String> redoAction() {
        return canRedo() ? Optional.of(entries.get(current + 1).action()) : Optional.empty();
    }

    /** The history one step back; this one if there is nothing to undo. */
    public UndoHistory undo() {
        return canUndo() ? new UndoHistory(entries, current - 1) : this;
    }

    /** The history one step forward; this one if there is nothing to redo. */
    public UndoHistory redo() {
        return canRedo() ? new UndoHistory(entries, current + 1) : this;
    }
}
