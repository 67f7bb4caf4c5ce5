package dev.blastmap.app.history;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.model.Graph;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The undo history of the open document, shared by edits and knockouts: one Ctrl+Z goes back one action,
 * whichever it was. Moving through the history shows its graph (as a revision of the open document) and
 * then its knocked-out set, which the knockout model listens to. Opening another document starts a new
 * history.
 */
public final class HistoryModel {

    private final ObservableValue<GraphDocument> document;
    private final Consumer<Graph> revise;
    private final ReadOnlyObjectWrapper<UndoHistory> history;
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;
    private final StringBinding undoText;
    private final StringBinding redoText;

    /**
     * A history of whatever document is open; {@code revise} shows an edited graph as a revision of it
     * ({@code DocumentModel::revise}).
     */
    public HistoryModel(ObservableValue<GraphDocument> document, Consumer<Graph> revise) {
        this.document = Objects.requireNonNull(document, "document");
        this.revise = Objects.requireNonNull(revise, "revise");
        this.history = new ReadOnlyObjectWrapper<>(this, "history", UndoHistory.start(document.getValue().graph()));
        this.canUndo = Bindings.createBooleanBinding(() -> history.get().canUndo(), history);
        this.canRedo = Bindings.createBooleanBinding(() -> history.get().canRedo(), history);
        this.undoText = Bindings.createStringBinding(
                () -> history.get().undoAction().map(a -> "Undo " + a).orElse("Undo"), history);
        this.redoText = Bindings.createStringBinding(
                () -> history.get().redoAction().map(a -> "Redo " + a).orElse("Redo"), history);
        document.addListener((obs, was, now) -> {
            if (!now.isRevisionOf(was)) {
                history.set(UndoHistory.start(now.graph()));
            }
        });
    }

    /** The history; a new value after every action, undo and redo. */
    public ReadOnlyObjectProperty<UndoHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** The entry shown now. */
    public Revision current() {
        return history.get().current();
    }

    /** Records an action and shows its graph and knocked-out set; nothing happens if neither changed. */
    public void record(Revision next) {
        move(history.get().record(next));
    }

    /** Goes back one action, edit or knockout. */
    public void undo() {
        move(history.get().undo());
    }

    /** Goes forward one undone action. */
    public void redo() {
        move(history.get().redo());
    }

    private void move(UndoHistory next) {
        if (next == history.get()) {
            return;
        }
        // The graph first, so that listeners of the history find the document they describe.
        if (next.current().graph() != document.getValue().graph()) {
            revise.accept(next.current().graph());
        }
        history.set(next);
    }

    /** True if there is an action to undo. */
    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    /** True if there is an undone action to redo. */
    public BooleanBinding canRedoProperty() {
        return canRedo;
    }

    /** "Undo" and the name of the action it undoes, for the Edit menu. */
    public StringBinding undoTextProperty() {
        return undoText;
    }

    /** "Redo" and the name of the action it redoes, for the Edit menu. */
    public StringBinding redoTextProperty() {
        return redoText;
    }
}
