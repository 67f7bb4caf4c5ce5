package dev.blastmap.app.window;

import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.io.GraphFormat;
import dev.blastmap.io.GraphFormats;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.GraphImage;
import dev.blastmap.render.Theme;
import dev.blastmap.report.Report;
import dev.blastmap.report.ReportFormat;
import dev.blastmap.report.ReportSettings;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import javafx.concurrent.Task;
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
        FileChooser chooser = chooser("Export a report of the current knockout");
        for (ReportFormat f : ReportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(),
                    f.extensions().stream().map(e -> "*." + e).toList()));
        }
        chooser.setInitialFileName(suggestedName() + "-report.html");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        lastDirectory = file.getParentFile();
        Path path = withExtension(file.toPath(), chooser.getSelectedExtensionFilter(), "html");
        Graph graph = documents.document().graph();
        List<ServiceId> knockedOut = List.copyOf(knockouts.knockedOut());
        ReportFormat format = ReportFormat.forFile(path).orElse(ReportFormat.HTML);
        run("Writing " + path.getFileName(), path, () -> {
            Report report = Report.ofServices(graph, knockedOut, ReportSettings.defaults());
            format.write(report, path);
        });
    }

    void exportImage(boolean dark) {
        FileChooser chooser = chooser("Export an image of the graph");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG image", "*.svg"));
        chooser.setInitialFileName(suggestedName() + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        lastDirectory = file.getParentFile();
        Path path = withExtension(file.toPath(), chooser.getSelectedExtensionFilter(), "png");
        GraphImage image = GraphImage.of(documents.document().graph(), layouts.layout())
                .radius(knockouts.radius()).theme(dark ? Theme.dark() : Theme.light());
        boolean svg = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        run("Writing " + path.getFileName(), path, () -> {
            if (svg) {
                Files.writeString(path, image.svg(), StandardCharsets.UTF_8);
            } else {
                Files.write(path, image.png());
            }
        });
    }

    /** The path with the chosen filter's extension added when the name has none that a format knows. */
    private static Path withExtension(Path path, FileChooser.ExtensionFilter filter, String fallback) {
        String name = path.getFileName().toString();
        if (name.contains(".")) {
            return path;
        }
        String ext = filter == null || filter.getExtensions().isEmpty() ? fallback
                : filter.getExtensions().get(0).replace("*.", "");
        return path.resolveSibling(name + "." + ext);
    }

    /** Something that writes a file. */
    private interface FileWork {
        void write() throws IOException;
    }

    private void run(String message, Path path, FileWork work) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage(message);
                updateProgress(-1, 1);
                work.write();
                return path;
            }
        };
        task.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + path + ":\n" + task.getException());
            alert.initOwner(stage);
            alert.setHeaderText("Export failed");
            alert.show();
        });
        tasks.submit(task);
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
