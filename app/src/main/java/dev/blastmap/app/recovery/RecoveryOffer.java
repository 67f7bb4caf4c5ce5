package dev.blastmap.app.recovery;

import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.model.Graph;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * At launch, offers to restore the unsaved edits a crashed Blastmap left: Restore reads them back (in the
 * background) and shows them as a modified document, tied to the file they came from so Save writes there;
 * Discard deletes them. The newest is offered; older ones wait for the next launch.
 */
public final class RecoveryOffer {

    private RecoveryOffer() {
    }

    /** Offers the newest recovery in {@code store}, if any, over {@code stage}. */
    public static void offer(Stage stage, RecoveryStore store, DocumentModel documents, BackgroundTasks tasks) {
        List<RecoveryStore.Orphan> orphans = store.orphans();
        if (orphans.isEmpty() || !stage.isShowing()) {
            return;
        }
        RecoveryStore.Orphan orphan = orphans.get(0);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle("Restore unsaved changes");
        alert.setHeaderText("Blastmap closed before your changes to “" + orphan.title() + "” were saved.");
        alert.setContentText((orphan.original() == null ? "" : "They were made to " + orphan.original() + ".\n")
                + "Restore them?");
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(restore, discard);
        alert.getDialogPane().lookupButton(restore).setId("recovery-restore");
        alert.getDialogPane().lookupButton(discard).setId("recovery-discard");
        alert.getDialogPane().setId("recovery-offer");
        ButtonType answer = alert.showAndWait().orElse(discard);
        if (!stage.isShowing()) {
            return; // closed meanwhile: the copy stays for the next launch
        }
        Task<Graph> task = new Task<>() {
            @Override
            protected Graph call() throws Exception {
                updateMessage(answer == restore ? "Restoring " + orphan.title() : "Discarding the recovery");
                Graph graph = answer == restore ? store.read(orphan) : null;
                store.discard(orphan);
                return graph;
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue() != null) {
                documents.restore(task.getValue(), orphan.title(), orphan.original());
            }
        });
        task.setOnFailed(e -> {
            Alert failed = new Alert(Alert.AlertType.WARNING, "The recovery copy could not be read ("
                    + task.getException().getMessage() + "). It stays in " + store.folder() + ".", ButtonType.OK);
            failed.initOwner(stage);
            failed.setHeaderText("Nothing was restored");
            failed.show();
        });
        tasks.submit(task);
    }
}
