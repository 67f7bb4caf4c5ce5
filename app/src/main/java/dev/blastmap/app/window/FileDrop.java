package dev.blastmap.app.window;

import dev.blastmap.app.document.DocumentModel;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** Opens a file dropped on the window; a drag of folders alone is refused while it hovers. */
final class FileDrop {

    private FileDrop() {
    }

    /** Makes {@code scene} accept dropped files and open them with {@code documents}. */
    static void install(Scene scene, DocumentModel documents) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && DocumentModel.acceptsDrop(e.getDragboard().getFiles())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(e.getDragboard().hasFiles()
                    && documents.openDropped(e.getDragboard().getFiles()).isPresent());
            e.consume();
        });
    }
}
