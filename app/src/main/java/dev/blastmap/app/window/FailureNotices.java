package dev.blastmap.app.window;

import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.ProblemsDialog;
import dev.blastmap.app.export.ExportModel;
import dev.blastmap.app.layout.LayoutModel;
import javafx.stage.Stage;

/**
 * What the window says when background work fails: a file that could not be opened (its problems, in one
 * dialog, the open document kept), a layout or an export that failed.
 */
final class FailureNotices {

    private FailureNotices() {
    }

    /** Shows each failure of these models once, as it happens. */
    static void install(Stage stage, DocumentModel documents, LayoutModel layouts, ExportModel exports,
                        WindowDialogs dialogs) {
        documents.refusalProperty().addListener((obs, was, now) -> {
            if (now != null) {
                ProblemsDialog.of(now, stage).show();
            }
        });
        layouts.failureProperty().addListener((obs, was, now) -> {
            if (now != null) {
                dialogs.warn("Layout", now);
            }
        });
        exports.failureProperty().addListener((obs, was, now) -> {
            if (now != null) {
                dialogs.exportFailed(now);
            }
        });
    }
}
