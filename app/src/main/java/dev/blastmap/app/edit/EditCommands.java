package dev.blastmap.app.edit;

import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.edit.DeleteServices;
import dev.blastmap.edit.DependencyEdits;
import dev.blastmap.layout.Box;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The editing commands of the menu, the keys and the gestures, with the dialogs they need: a confirmation
 * before a deletion (how many dependencies go, which walkthrough steps name the services), the rename
 * dialog, and one message when an edit is refused.
 */
public final class EditCommands {

    private final EditModel edits;
    private final SelectionModel selection;
    private final Supplier<Window> owner;
    private final ObjectProperty<ServiceId> connectingFrom = new SimpleObjectProperty<>(this, "connectingFrom");

    /** Commands on {@code edits} for the selection of {@code selection}; dialogs belong to {@code owner}'s window. */
    public EditCommands(EditModel edits, SelectionModel selection, Supplier<Window> owner) {
        this.edits = edits;
        this.selection = selection;
        this.owner = owner;
    }

    /** The model the commands run. */
    public EditModel model() {
        return edits;
    }

    /** Adds a service beside the selection (N). */
    public void addService() {
        if (edits.canEdit()) {
            edits.addService(null);
        }
    }

    /** Asks, then deletes the selected services with their dependencies (Delete). */
    public void deleteSelected() {
        List<ServiceId> ids = selection.selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        Graph graph = edits.graph();
        Set<ServiceId> doomed = new java.util.LinkedHashSet<>(ids);
        DeleteServices deletion = edits.deletion(doomed);
        if (confirm(deletion, graph, ids)) {
            edits.delete(doomed).ifPresent(this::refused);
        }
    }

    private boolean confirm(DeleteServices deletion, Graph graph, List<ServiceId> ids) {
        int lost = deletion.dependenciesLost(graph);
        List<String> steps = deletion.stepsUsing(graph);
        String what = ids.size() == 1 ? graph.require(ids.get(0)).label() : ids.size() + " services";
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        alert.setTitle("Delete " + what);
        alert.setHeaderText("Delete " + what + " and " + lost + (lost == 1 ? " dependency?" : " dependencies?"));
        StringBuilder body = new StringBuilder(lost == 0 ? "Nothing depends on " + (ids.size() == 1 ? "it" : "them")
                + " and " + (ids.size() == 1 ? "it depends" : "they depend") + " on nothing."
                : lost + (lost == 1 ? " dependency goes" : " dependencies go") + " with "
                + (ids.size() == 1 ? "it" : "them") + ".");
        if (!steps.isEmpty()) {
            body.append("\n\nThese walkthrough steps name ").append(ids.size() == 1 ? "it" : "them")
                    .append(" and will no longer:\n");
            steps.stream().limit(8).forEach(s -> body.append("  • ").append(s).append('\n'));
            if (steps.size() > 8) {
                body.append("  … and ").append(steps.size() - 8).append(" more\n");
            }
        }
        body.append("\nUndo (Ctrl+Z) brings everything back.");
        alert.setContentText(body.toString());
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(delete, ButtonType.CANCEL);
        alert.getDialogPane().lookupButton(delete).setId("confirm-delete");
        alert.getDialogPane().setMinWidth(460);
        return alert.showAndWait().filter(delete::equals).isPresent();
    }

    /** Asks for a new id and name for the selected service (F2). */
    public void renameSelected() {
        ServiceId id = selection.selectedProperty().get();
        if (id == null || !edits.graph().contains(id)) {
            return;
        }
        Optional<RenameDialog.Answer> answer = new RenameDialog(owner.get(), edits.graph(),
                edits.graph().require(id)).showAndWait();
        answer.ifPresent(a -> edits.rename(id, a.id(), a.label()).ifPresent(this::refused));
    }

    /** Copies the selected services (Ctrl+D). */
    public void duplicateSelected() {
        List<ServiceId> ids = selection.selectedIds();
        if (!ids.isEmpty()) {
            edits.duplicate(ids).ifPresent(this::refused);
        }
    }

    /** True while a graph is open to edit. */
    public boolean canEdit() {
        return edits.canEdit();
    }

    /** Where a service is drawn, in model coordinates. */
    Optional<Box> boxOf(ServiceId id) {
        return edits.boxOf(id);
    }

    /** Makes {@code from} depend on {@code to}; says why not when it cannot. */
    public void addDependency(ServiceId from, ServiceId to) {
        try {
            edits.apply(DependencyEdits.add(edits.graph(), from, to)).ifPresent(this::refused);
        } catch (IllegalArgumentException refused) {
            refused(refused.getMessage());
        }
    }

    /**
     * Starts drawing a dependency from the selected service by keyboard (D): the next click on a service
     * makes the selected one depend on it; a click on the background cancels.
     */
    public void startDependency() {
        ServiceId id = selection.selectedProperty().get();
        connectingFrom.set(id != null && edits.graph().contains(id) ? id : null);
    }

    /** The service a dependency is being drawn from by keyboard, or null. */
    public ObjectProperty<ServiceId> connectingFromProperty() {
        return connectingFrom;
    }

    /** Shows why an edit was refused, in one dialog. */
    public void refused(String why) {
        Alert alert = new Alert(Alert.AlertType.WARNING, why, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("Cannot edit");
        alert.setHeaderText("That edit does not fit the graph");
        alert.show();
    }
}
