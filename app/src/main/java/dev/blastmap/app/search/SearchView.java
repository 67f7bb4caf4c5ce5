package dev.blastmap.app.search;

import dev.blastmap.model.Service;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Find panel: a search box (Ctrl+F focuses it) and the matching services; Enter or a click selects a
 * match and frames it on the canvas.
 */
public final class SearchView extends VBox {

    private final SearchModel model;
    private final TextField field = new TextField();
    private final ListView<Service> results = new ListView<>();

    /** A view of {@code model}. */
    public SearchView(SearchModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("search-view");
        setSpacing(8);
        setPadding(new Insets(10));
        field.setId("search-field");
        field.setPromptText("Find a service by id or name");
        results.setId("search-results");
        results.setItems(model.matches());
        results.setPlaceholder(new Label("Type to find services."));
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Service item, boolean empty) {
                super.updateItem(item, empty);
                if (item == null || empty) {
                    setText(null);
                } else {
                    setText(item.label().equals(item.id().value()) ? item.label()
                            : item.label() + "  ·  " + item.id().value());
                }
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(field, results);
    }

    private void initListeners() {
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setOnAction(e -> {
            if (model.revealFirst()) {
                results.getSelectionModel().selectFirst();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.reveal(now);
            }
        });
    }

    /** Puts the caret in the search box, all text selected. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }
}
