package dev.blastmap.app.window;

import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.spread.PlaybackModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window: the graph canvas, and a hint when no graph is open. Placeholder canvas until the
 * render branch's GraphCanvas is merged.
 */
final class GraphPane extends StackPane {

    private final DocumentModel documents;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Label hint = new Label("Open a graph with Ctrl+O, drop a file here, or pick a sample.");

    GraphPane(DocumentModel documents, KnockoutModel knockouts, PlaybackModel playback, LayoutModel layouts,
              SelectionModel selection) {
        this.documents = documents;
        getStyleClass().add("graph-pane");
        setId("graph-pane");
        hint.getStyleClass().add("placeholder-text");
        getChildren().add(hint);
        documents.documentProperty().addListener((obs, was, now) -> {
            hint.setVisible(now.isEmpty());
            status.set(now.isEmpty() ? "" : now.graph().size() + " services");
        });
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void setDark(boolean dark) {
        // the canvas follows the theme
    }

    void zoom(double factor) {
        // the canvas zooms
    }
}
