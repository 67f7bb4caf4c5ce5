package dev.blastmap.app.window;

import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.io.GraphFormat;
import dev.blastmap.io.GraphFormats;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window's file choosers and small dialogs: Open, Save As (any format the registry writes), Export
 * Report, Export Image and About. Whatever they start runs as a background task.
 */
final class WindowDialogs {

    private final Stage stage;
    private final DocumentModel documents;
    private final KnockoutModel knockouts;
    private final LayoutModel layouts;
    private final BackgroundTasks tasks;
    private File lastDirectory;

    WindowDialogs(Stage stage, DocumentModel documents, KnockoutModel knockouts, LayoutModel layouts,
                  BackgroundTasks tasks) {
        this.stage = stage;
        this.documents = documents;
        this.knockouts = knockouts;
        this.layouts = layouts;
        this.tasks = tasks;
    }

    void openFile() {
        FileChooser chooser = chooser("Open a graph");
        List<String> all = new ArrayList<>();
        List<FileChooser.ExtensionFilter> filters = new ArrayList<>();
        for (GraphFormat f : GraphFormats.all()) {
            if (f.reader() != null) {
                List<String> patterns = f.extensions().stream().map(e -> "*." + e).toList();
                all.addAll(patterns);
                filters.add(new FileChooser.ExtensionFilter(f.description(), patterns));
            }
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Every graph Blastmap reads",
                all.stream().distinct().toList()));
        chooser.getExtensionFilters().addAll(filters);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            lastDirectory = file.getParentFile();
            documents.open(file.toPath());
        }
    }

    void saveAs() {
        FileChooser chooser = chooser("Save the graph as");
        Map<FileChooser.ExtensionFilter, GraphFormat> byFilter = new LinkedHashMap<>();
        for (GraphFormat f : GraphFormats.all()) {
            if (f.writer() != null && !f.extensions().isEmpty()) {
                byFilter.put(new FileChooser.ExtensionFilter(f.description(), "*." + f.extensions().get(0)), f);
            }
        }
        chooser.getExtensionFilters().addAll(byFilter.keySet());
        chooser.setInitialFileName(suggestedName() + ".blastmap.json");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        lastDirectory = file.getParentFile();
        GraphFormat format = byFilter.values().stream().filter(f -> f.matchesName(file.getName())).findFirst()
                .orElseGet(() -> byFilter.getOrDefault(chooser.getSelectedExtensionFilter(), GraphFormats.NATIVE));
        documents.saveAs(file.toPath(), format);
    }

    void exportReport() {
        info("Export Report", "Reports are not part of this build yet.");
    }

    void exportImage(GraphPane pane) {
        info("Export Image", "Image export is not part of this build yet.");
    }

    void about() {
        String version = WindowDialogs.class.getPackage().getImplementationVersion();
        info("About Blastmap", "Blastmap " + (version == null ? "(development build)" : version)
                + "\nShows how one failure spreads through a system of services.");
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File dir = lastDirectory != null ? lastDirectory
                : documents.document().file().map(Path::getParent).map(Path::toFile).orElse(null);
        if (dir != null && dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        return chooser;
    }

    private String suggestedName() {
        String title = documents.document().title();
        String name = title.isBlank() ? "graph" : title.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-|-$", "");
        return name.endsWith(".blastmap.json") ? name.substring(0, name.length() - 14) : name;
    }
}
