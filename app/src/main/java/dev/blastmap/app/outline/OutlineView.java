package dev.blastmap.app.outline;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.spread.PlaybackModel;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Outline panel: the services of the open graph by region and zone or group, each marked by its state at
 * the frame shown; selecting one selects and frames it on the canvas.
 */
public final class OutlineView extends VBox {

    private final ObservableValue<GraphDocument> document;
    private final SelectionModel selection;
    private final PlaybackModel playback;
    private final TreeView<Outline> tree = new TreeView<>();
    private boolean syncing;

    /** An outline of {@code document}, selecting through {@code selection}, states from {@code playback}. */
    public OutlineView(ObservableValue<GraphDocument> document, SelectionModel selection, PlaybackModel playback) {
        this.document = document;
        this.selection = selection;
        this.playback = playback;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("outline-view");
        setPadding(new Insets(10));
        tree.setId("outline");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Outline item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(c -> c.startsWith("state-"));
                if (item == null || empty) {
                    setText(null);
                    return;
                }
                if (item.isService()) {
                    ServiceState state = playback.stateOf(item.service());
                    setText(mark(state) + " " + item.label());
                    getStyleClass().add("state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                } else {
                    setText(item.label());
                }
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().add(tree);
        show(document.getValue());
    }

    private static String mark(ServiceState state) {
        return switch (state) {
            case KNOCKED_OUT -> "✖";
            case DOWN -> "▼";
            case DEGRADED -> "◐";
            case HEALTHY -> "●";
        };
    }

    private void initListeners() {
        document.addListener((obs, was, now) -> show(now));
        playback.frameProperty().addListener((obs, was, now) -> tree.refresh());
        playback.planProperty().addListener((obs, was, now) -> tree.refresh());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null && now.getValue().isService()) {
                selection.reveal(now.getValue().service());
            }
        });
    }

    private void show(GraphDocument doc) {
        tree.setRoot(item(Outline.of(doc.graph())));
    }

    private static TreeItem<Outline> item(Outline outline) {
        TreeItem<Outline> item = new TreeItem<>(outline);
        outline.children().forEach(c -> item.getChildren().add(item(c)));
        item.setExpanded(true);
        return item;
    }
}
