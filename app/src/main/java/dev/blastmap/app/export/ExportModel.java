package dev.blastmap.app.export;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.io.AtomicFile;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.GraphImage;
import dev.blastmap.render.Theme;
import dev.blastmap.report.GraphPicture;
import dev.blastmap.report.Report;
import dev.blastmap.report.ReportFormat;
import dev.blastmap.report.ReportSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

/**
 * Writes what the window shows to files, in the background: a report of the current knockout (HTML, PDF,
 * Markdown, JSON or CSV, by extension) and an image of the graph coloured by it (PNG or SVG). The values
 * are taken on the FX thread when asked, so the task works on immutable snapshots.
 */
public final class ExportModel {

    private final ObservableValue<GraphDocument> document;
    private final KnockoutModel knockouts;
    private final LayoutModel layouts;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final ReadOnlyStringWrapper written = new ReadOnlyStringWrapper(this, "written");

    /** Exports of {@code document} under the knockout of {@code knockouts}, laid out by {@code layouts}. */
    public ExportModel(ObservableValue<GraphDocument> document, KnockoutModel knockouts, LayoutModel layouts,
                       BackgroundTasks tasks) {
        this.document = document;
        this.knockouts = knockouts;
        this.layouts = layouts;
        this.tasks = tasks;
    }

    /** Why the last export failed, one line; set anew after each failure. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The file the last export wrote. */
    public ReadOnlyStringProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /**
     * Writes a report of the current knockout; the format follows the extension. Its picture is drawn on the
     * layout on screen, so it shows what the user sees; in the light theme whatever the window's theme,
     * because the report's page and its state colours are light.
     */
    public Task<Path> exportReport(Path file) {
        Graph graph = document.getValue().graph();
        List<ServiceId> knockedOut = List.copyOf(knockouts.knockedOut());
        Layout onScreen = layouts.layout();
        // While another graph is being laid out, the layout on screen is still the previous graph's.
        GraphPicture picture = onScreen != null && onScreen.nodes().keySet().equals(ids(graph))
                ? GraphPicture.painted(onScreen) : GraphPicture.painted();
        return run(file, () -> {
            ReportFormat format = ReportFormat.forFile(file).orElseThrow(() -> new IOException(
                    "a report is written as ." + String.join(", .", ReportFormat.allExtensions())
                            + "; the name " + file.getFileName() + " says none of these"));
            format.write(Report.ofServices(graph, knockedOut, ReportSettings.defaults().withPicture(picture)), file);
        });
    }

    private static Set<ServiceId> ids(Graph graph) {
        return graph.services().stream().map(Service::id).collect(Collectors.toSet());
    }

    /** Writes an image of the graph coloured by the current knockout: SVG for {@code .svg}, else PNG. */
    public Task<Path> exportImage(Path file, boolean dark) {
        Graph graph = document.getValue().graph();
        Layout layout = layouts.layout();
        BlastRadius radius = knockouts.radius();
        boolean svg = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        return run(file, () -> {
            GraphImage image = GraphImage.of(graph, layout).radius(radius).theme(dark ? Theme.dark() : Theme.light());
            AtomicFile.write(file, svg ? image.svg().getBytes(StandardCharsets.UTF_8) : image.png());
        });
    }

    /** Something that writes a file. */
    private interface FileWork {
        void write() throws IOException;
    }

    private Task<Path> run(Path file, FileWork work) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Writing " + file.getFileName());
                updateProgress(-1, 1);
                work.write();
                return file;
            }
        };
        task.setOnSucceeded(e -> written.set(file.toString()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            failure.set(null);
            failure.set("Could not write " + file + ": " + (t.getMessage() == null ? t.toString() : t.getMessage()));
        });
        return tasks.submit(task);
    }
}
