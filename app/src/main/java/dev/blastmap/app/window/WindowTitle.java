package dev.blastmap.app.window;

import dev.blastmap.app.document.DocumentModel;
import javafx.stage.Stage;

/**
 * The window's title: "Blastmap — " and the open document, with an asterisk before its name while it has
 * unsaved changes, as most editors show them.
 */
final class WindowTitle {

    private WindowTitle() {
    }

    /** Keeps the title of {@code stage} up to date with {@code documents}. */
    static void install(Stage stage, DocumentModel documents) {
        Runnable update = () -> stage.setTitle(of(documents));
        documents.documentProperty().addListener((obs, was, now) -> update.run());
        documents.modifiedProperty().addListener((obs, was, now) -> update.run());
        update.run();
    }

    static String of(DocumentModel documents) {
        var doc = documents.document();
        return doc.isEmpty() && doc.title().isEmpty() ? "Blastmap"
                : "Blastmap — " + (documents.isModified() ? "*" : "") + doc.title();
    }
}
