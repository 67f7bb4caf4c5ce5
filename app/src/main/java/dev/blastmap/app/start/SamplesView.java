package dev.blastmap.app.start;

import dev.blastmap.app.document.SampleCatalog.Sample;
import dev.blastmap.app.document.SampleCatalog;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The start panel: the bundled samples (real outages and reference architectures) with a line about each,
 * and the files opened lately. A click opens one.
 */
public final class SamplesView extends VBox {

    private final SampleCatalog catalog;
    private final ObservableList<Path> recent;
    private final Consumer<Sample> openSample;
    private final Consumer<Path> openFile;
    private final ListView<Sample> samples = new ListView<>();
    private final ListView<Path> recentList = new ListView<>();

    /** A panel listing {@code catalog} and {@code recent}, opening through the two callbacks. */
    public SamplesView(SampleCatalog catalog, ObservableList<Path> recent, Consumer<Sample> openSample,
                       Consumer<Path> openFile) {
        this.catalog = catalog;
        this.recent = recent;
        this.openSample = openSample;
        this.openFile = openFile;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("samples-view");
        setSpacing(6);
        setPadding(new Insets(10));
        samples.setId("samples");
        samples.getItems().setAll(catalog.samples());
        samples.setPlaceholder(new Label("No samples bundled."));
        samples.setCellFactory(l -> new ListCell<>() {
            {
                // A zero preferred width lets the cell take the list's width and wrap, with no side scroll.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Sample item, boolean empty) {
                super.updateItem(item, empty);
                if (item == null || empty) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(item.title());
                title.getStyleClass().add("sample-title");

                Label summary = new Label(item.summary());
                summary.getStyleClass().add("sample-summary");

                VBox box = new VBox(2, title, summary);
                // One line each keeps the list even; the whole summary is in the tooltip.
                setTooltip(new Tooltip(item.title() + (item.summary().isEmpty() ? "" : "\n\n" + item.summary())));
                getTooltip().setWrapText(true);
                getTooltip().setMaxWidth(360);
                box.setPadding(new Insets(4, 0, 4, 0));
                setGraphic(box);
            }
        });
        recentList.setId("recent-files");
        recentList.setItems(recent);
        recentList.setPrefHeight(120);
        recentList.setPlaceholder(new Label("Files you open appear here."));
        recentList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null || empty ? null : String.valueOf(item.getFileName()));
            }
        });
        VBox.setVgrow(samples, Priority.ALWAYS);
        getChildren().addAll(heading("Samples"), samples, heading("Recent files"), recentList);
    }

    private static Label heading(String text) {
        Label l = new Label(text.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add("section-title");
        return l;
    }

    private void initListeners() {
        samples.setOnMouseClicked(e -> {
            Sample s = samples.getSelectionModel().getSelectedItem();
            if (s != null) {
                openSample.accept(s);
            }
        });
        samples.setOnKeyPressed(e -> {
            Sample s = samples.getSelectionModel().getSelectedItem();
            if (s != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSample.accept(s);
            }
        });
        recentList.setOnMouseClicked(e -> {
            Path p = recentList.getSelectionModel().getSelectedItem();
            if (p != null) {
                openFile.accept(p);
            }
        });
    }
}
