package dev.blastmap.app.document;

import dev.blastmap.app.document.SampleCatalog.Sample;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.io.formats.GraphFormat;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.model.Graph;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The open document and the commands that replace it: open a file, open a sample, save as. Reading runs as a
 * background task; a file that cannot be read becomes one {@link Refusal} (the view shows it in one dialog)
 * and the document that was open stays open.
 */
public final class DocumentModel {

    /**
     * A file that was refused, with everything wrong with it. The serial number tells two refusals of the
     * same file apart, so that listeners (which compare with {@code equals}) hear both.
     *
     * @param source   what was being opened
     * @param problems the problems, errors and warnings
     * @param serial   counts the refusals
     */
    public record Refusal(String source, List<Problem> problems, long serial) {

        /** Copies the problems. */
        public Refusal {
            problems = List.copyOf(problems);
        }

        /** The problems one per line, as the command line prints them. */
        public String text() {
            return String.join("\n", problems.stream().map(Problem::toString).toList());
        }
    }

    private static final System.Logger LOG = System.getLogger(DocumentModel.class.getName());

    private final BackgroundTasks tasks;
    private final RecentFiles recentFiles;
    private final ReadOnlyObjectWrapper<GraphDocument> document =
            new ReadOnlyObjectWrapper<>(this, "document", GraphDocument.empty());
    private final ReadOnlyObjectWrapper<Refusal> refusal = new ReadOnlyObjectWrapper<>(this, "refusal");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    /** The graph as last opened or saved in the native format: the document is modified while it shows another. */
    private Graph saved = document.get().graph();
    private Task<GraphDocument> loading;
    private Predicate<Runnable> leaveGuard = opening -> true;
    private Function<GraphDocument, CompletableFuture<?>> compileAfter = doc -> CompletableFuture.completedFuture(null);
    private long refusals;

    /** A model that reads on {@code tasks} and remembers opened files in {@code recentFiles}. */
    public DocumentModel(BackgroundTasks tasks, RecentFiles recentFiles) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        recent.setAll(recentFiles.list());
        document.addListener((obs, was, now) -> {
            if (!now.isRevisionOf(was)) {
                saved = now.graph();
            }
            modified.set(now.graph() != saved);
        });
    }

    /** True while the document has changes not saved in the native format. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** True while the document has changes not saved in the native format. */
    public boolean isModified() {
        return modified.get();
    }

    /**
     * Shows an edited graph as a revision of the open document; for the undo history, which is the one
     * caller. Listeners tell it from another document by {@link GraphDocument#isRevisionOf}.
     */
    public void revise(Graph edited) {
        showRevision(document().withGraph(edited));
    }

    /**
     * Makes a large graph read from a file wait for {@code shown} of it before it compiles; by default it compiles
     * at once. The window makes it wait for its first picture: on two cores the compilation, and the analyses
     * waiting for it, would otherwise share them with the layout and the picture the user is waiting for.
     */
    public void compileReadGraphsAfter(Function<GraphDocument, CompletableFuture<?>> shown) {
        this.compileAfter = Objects.requireNonNull(shown, "shown");
    }

    /** Shows a revision, compiling it on a worker first if it was made without its engine. */
    private void showRevision(GraphDocument revision) {
        compileAside(revision, doc -> CompletableFuture.completedFuture(null));
        document.set(revision);
    }

    /**
     * Compiles a document made without its engine on a worker once {@code when} of it completes; called just before
     * it is shown, so that the compilation is queued before anything showing it starts, and the knockout shown is
     * redone first.
     */
    private void compileAside(GraphDocument doc, Function<GraphDocument, CompletableFuture<?>> when) {
        if (!doc.isCompiled()) {
            tasks.submitWhen(when.apply(doc), new Task<Void>() {
                @Override
                protected Void call() {
                    updateTitle("Compiling the graph");
                    doc.engine();
                    return null;
                }
            });
        }
    }

    /**
     * Shows a graph restored from a recovery file as a revision of the document opened from {@code file}
     * (or of a new, unsaved document), modified until it is saved.
     */
    public void restore(Graph recovered, String title, Path file) {
        if (loading != null) {
            loading.cancel();
        }
        document.set(new GraphDocument(recovered, title, file, List.of()));
        saved = null;
        modified.set(true);
    }

    /** The open document; the empty document before anything is opened. */
    public ReadOnlyObjectProperty<GraphDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The open document. */
    public GraphDocument document() {
        return document.get();
    }

    /** The last refused file; a new value each time, so listeners hear every refusal. */
    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** The recent files, newest first. */
    public ObservableList<Path> recentFiles() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** Reads a file in the background and opens it; a load still running is cancelled. */
    public Task<GraphDocument> open(Path file) {
        return load("Opening " + file.getFileName(), file.toString(), () -> GraphLoading.load(file));
    }

    /**
     * Whether a drag carrying these files may be dropped on the window: it carries a file (not only
     * folders). Directories cannot be opened, so a drag of folders alone is refused while it hovers.
     */
    public static boolean acceptsDrop(List<File> files) {
        return firstFile(files).isPresent();
    }

    /**
     * Opens the first file among those dropped on the window (one graph is open at a time); folders are
     * skipped. Returns the reading task, or empty when nothing dropped is a file.
     */
    public Optional<Task<GraphDocument>> openDropped(List<File> files) {
        return firstFile(files).map(f -> open(f.toPath()));
    }

    private static Optional<File> firstFile(List<File> files) {
        return files == null ? Optional.empty() : files.stream().filter(f -> !f.isDirectory()).findFirst();
    }

    /** Opens a new, empty graph to draw (File ▸ New); asks first when edits are unsaved. */
    public Task<GraphDocument> newGraph() {
        return load("New graph", "a new graph", () -> new GraphDocument(Graph.of(), "Untitled", null, List.of()));
    }

    /** Reads a bundled sample in the background and opens it. */
    public Task<GraphDocument> openSample(Sample sample) {
        return load("Opening " + sample.title(), sample.file(), () -> GraphLoading.loadSample(sample.file()));
    }

    /**
     * Opens a bundled sample whose reading has already started elsewhere (before the window showed); its
     * failure is refused like any other.
     */
    public Task<GraphDocument> openSample(Sample sample, Future<GraphDocument> reading) {
        return load("Opening " + sample.title(), sample.file(), () -> {
            try {
                return reading.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null
                        ? c.getCause() : e.getCause();
                if (cause instanceof Exception ex) {
                    throw ex;
                }
                throw e;
            }
        });
    }

    /** Shows a document at once; for documents built elsewhere (tests, the player). */
    public void show(GraphDocument next) {
        document.set(Objects.requireNonNull(next, "next"));
    }

    /** Forgets the recent files. */
    public void clearRecentFiles() {
        recentFiles.clear();
        recent.clear();
    }

    /**
     * Writes the open graph in {@code format} in the background, through the atomic writer. Written in the
     * native format, the document is saved: it is now that file and no longer modified. Other formats are
     * exports and leave it as it was.
     */
    public Task<Path> saveAs(Path file, GraphFormat format) {
        GraphDocument doc = document();
        Graph graph = doc.graph();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Saving " + file.getFileName());
                format.writer().write(graph, file);
                return file;
            }
        };
        task.setOnFailed(e -> refuse(file.toString(), task.getException()));
        task.setOnSucceeded(e -> {
            recent.setAll(recentFiles.add(file));
            if (format == GraphFormats.NATIVE && document().isRevisionOf(doc)) {
                saved = graph;
                GraphDocument now = document();
                showRevision(now.graph() == graph ? now.savedAs(file) : doc.savedAs(file).withGraph(now.graph()));
            }
        });
        return tasks.submit(task);
    }

    /**
     * Sets what is asked before a modified document is replaced by another: the guard gets the opening to
     * carry out and returns true to go on at once, or false to stop (it may run the opening later, after
     * saving). Without a guard, edits are replaced without asking.
     */
    public void setLeaveGuard(Predicate<Runnable> guard) {
        this.leaveGuard = Objects.requireNonNull(guard, "guard");
    }

    private Task<GraphDocument> load(String message, String source, Callable<GraphDocument> reader) {
        if (isModified() && !leaveGuard.test(() -> load(message, source, reader))) {
            Task<GraphDocument> stopped = new Task<>() {
                @Override
                protected GraphDocument call() {
                    return null;
                }
            };
            stopped.cancel();
            return stopped;
        }
        if (loading != null) {
            loading.cancel();
        }
        Task<GraphDocument> task = new Task<>() {
            @Override
            protected GraphDocument call() throws Exception {
                updateMessage(message);
                updateProgress(-1, 1);
                return reader.call();
            }
        };
        task.setOnSucceeded(e -> {
            GraphDocument opened = task.getValue();
            compileAside(opened, compileAfter);
            document.set(opened);
            opened.file().ifPresent(f -> recent.setAll(recentFiles.add(f)));
        });
        task.setOnFailed(e -> refuse(source, task.getException()));
        loading = task;
        return tasks.submit(task);
    }

    private void refuse(String source, Throwable failure) {
        if (failure instanceof GraphImportException gie) {
            refusal.set(new Refusal(source, gie.problems(), ++refusals));
        } else {
            // Not a problem with the file: a bug or an I/O failure. Say so, and keep the trace for a report.
            LOG.log(System.Logger.Level.ERROR, "failed on " + source, failure);
            refusal.set(new Refusal(source, List.of(Problem.error(source, 0, 0, "", String.valueOf(failure))),
                    ++refusals));
        }
    }
}
