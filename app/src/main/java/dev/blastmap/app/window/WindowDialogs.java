package dev.blastmap.app.window;

import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.export.ExportModel;
import dev.blastmap.io.formats.GraphFormat;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Task;
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
    private final ExportModel exports;
    private File lastDirectory;

    WindowDialogs(Stage stage, DocumentModel documents, ExportModel exports) {
        this.stage = stage;
        this.documents = documents;
        this.exports = exports;
    }

    void openFile() {
        chooseGraph("Open a graph").ifPresent(documents::open);
    }

    /** Asks for a graph file of any format Blastmap reads. */
    java.util.Optional<java.nio.file.Path> chooseGraph(String title) {
        FileChooser chooser = chooser(title);
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
        if (file == null) {
            return java.util.Optional.empty();
        }
        lastDirectory = file.getParentFile();
        return java.util.Optional.of(file.toPath());
    }

    /**
     * Saves into the open file when it is in the native format; a sample, an imported file or a new graph
     * is saved as a new native file, so a bundled sample is never overwritten and an import keeps its source.
     */
    Optional<Task<?>> save() {
        GraphDocument doc = documents.document();
        if (doc.savesInPlace()) {
            return Optional.of(documents.saveAs(doc.file().orElseThrow(), GraphFormats.NATIVE));
        }
        return saveAs();
    }

    /** Asks where and saves; empty when the user backed out. */
    Optional<Task<?>> saveAs() {
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
            return Optional.empty();
        }
        lastDirectory = file.getParentFile();
        return Optional.of(documents.saveAs(file.toPath(),
                formatToWrite(file.getName(), byFilter.get(chooser.getSelectedExtensionFilter()))));
    }

    /**
     * The format to write a file of this name in: the writer of its longest matching extension, so
     * {@code x.mef.xml} is MEF, not GraphML. When the chosen filter's format matches the name as well (both
     * Blastmap JSON and Cytoscape write {@code .json}), the chosen one; when nothing matches, the chosen one,
     * else Blastmap JSON.
     */
    static GraphFormat formatToWrite(String fileName, GraphFormat chosen) {
        Optional<GraphFormat> byName = GraphFormats.forWriting(fileName);
        if (byName.isEmpty()) {
            return chosen == null ? GraphFormats.NATIVE : chosen;
        }
        if (chosen != null && extensionLength(chosen, fileName) == extensionLength(byName.get(), fileName)) {
            return chosen;
        }
        return byName.get();
    }

    /** The length of the longest extension of {@code format} that {@code fileName} ends with, or 0. */
    private static int extensionLength(GraphFormat format, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return format.extensions().stream().filter(e -> lower.endsWith("." + e)).mapToInt(String::length)
                .max().orElse(0);
    }

    void exportReport() {
        FileChooser chooser = chooser("Export a report of the current knockout");
        for (ReportFormat f : ReportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(),
                    f.extensions().stream().map(e -> "*." + e).toList()));
        }
        chooser.setInitialFileName(suggestedName() + "-report.html");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            lastDirectory = file.getParentFile();
            exports.exportReport(withExtension(file.toPath(), chooser.getSelectedExtensionFilter(), "html"));
        }
    }

    void exportImage(boolean dark) {
        FileChooser chooser = chooser("Export an image of the graph");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG image", "*.svg"));
        chooser.setInitialFileName(suggestedName() + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            lastDirectory = file.getParentFile();
            exports.exportImage(withExtension(file.toPath(), chooser.getSelectedExtensionFilter(), "png"), dark);
        }
    }

    /** The path with the chosen filter's extension added when the name has none. */
    private static Path withExtension(Path path, FileChooser.ExtensionFilter filter, String fallback) {
        String name = path.getFileName().toString();
        if (name.contains(".")) {
            return path;
        }
        String ext = filter == null || filter.getExtensions().isEmpty() ? fallback
                : filter.getExtensions().get(0).replace("*.", "");
        return path.resolveSibling(name + "." + ext);
    }

    /** Shows a warning that needs no answer. */
    void warn(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.initOwner(stage);
        alert.setHeaderText(title);
        alert.show();
    }

    /** Shows why an export failed. */
    void exportFailed(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setHeaderText("Export failed");
        alert.show();
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
