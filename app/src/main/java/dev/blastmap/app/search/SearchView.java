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
 * match and frames it on the canvas. Enter also hands the keys back to the graph (so that K knocks the match
 * out at once) and Esc closes the panel: both through {@code onDone}, true when a service was chosen.
 */
public final class SearchView extends VBox {

    private final SearchModel model;
    private final TextField field = new TextField();
    private final ListView<Service> results = new ListView<>();
    private final java.util.function.Consumer<Boolean> onDone;

    /** A view of {@code model}; {@code onDone} hears Enter on a match (true) and Esc (false). */
    public SearchView(SearchModel model, java.util.function.Consumer<Boolean> onDone) {
        this.model = model;
        this.onDone = onDone;
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
                onDone.accept(true);
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume(); // not the window's Esc, which brings every service back
                onDone.accept(false);
            }
        });
        results.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                onDone.accept(true);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onDone.accept(false);
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
