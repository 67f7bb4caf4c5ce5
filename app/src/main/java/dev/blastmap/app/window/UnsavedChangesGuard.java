package dev.blastmap.app.window;

import dev.blastmap.app.document.DocumentModel;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * Asks before unsaved edits would be lost, when the window closes or another graph opens: Save, Don't Save
 * or Cancel, as every editor does. Save saves (asking where when the graph has no native file of its own)
 * and carries on once the file is written.
 */
final class UnsavedChangesGuard {

    private final Stage stage;
    private final DocumentModel documents;
    private final Supplier<Optional<Task<?>>> save;

    /** Asks over {@code stage}; {@code save} starts saving and returns the task, or empty if the user backed out. */
    UnsavedChangesGuard(Stage stage, DocumentModel documents, Supplier<Optional<Task<?>>> save) {
        this.stage = stage;
        this.documents = documents;
        this.save = save;
    }

    /**
     * Whether to go on with {@code next} now: true when nothing is unsaved or the user chose Don't Save;
     * false on Cancel, and on Save, which runs {@code next} itself once the file is written.
     */
    boolean allows(Runnable next) {
        if (!documents.isModified()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to “" + documents.document().title() + "”?");
        alert.setContentText("Your edits are lost if you don't save them.");
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(saveButton, discard, ButtonType.CANCEL);
        alert.getDialogPane().lookupButton(saveButton).setId("unsaved-save");
        alert.getDialogPane().lookupButton(discard).setId("unsaved-discard");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("unsaved-cancel");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == discard) {
            return true;
        }
        if (answer == saveButton) {
            save.get().ifPresent(task -> task.stateProperty().addListener((obs, was, now) -> {
                if (now == Worker.State.SUCCEEDED) {
                    // After the task's own success handler, which marks the document saved.
                    Platform.runLater(next);
                }
            }));
        }
        return false;
    }
}
