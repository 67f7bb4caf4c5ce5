package dev.blastmap.app.recovery;

import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.model.Graph;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Keeps the recovery copy of unsaved edits up to date: a second after a change (so a burst of edits is one
 * write, and every change is on disk within two seconds), it writes the graph shown in the background; when
 * the document is saved, undone back to its saved state or replaced, it deletes the copy. Closing the
 * window normally deletes it too; a crash leaves it for the next launch.
 */
public final class Autosave {

    /** How long after a change the copy is written. */
    static final Duration DELAY = Duration.seconds(1);

    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    private final DocumentModel documents;
    private final BackgroundTasks tasks;
    private final RecoveryStore store;
    private final PauseTransition wait = new PauseTransition(DELAY);
    private Graph written;
    /** The last write or delete submitted: each waits for the one before, so they land in order. */
    private Task<Void> last;

    /** Watches {@code documents} and writes into {@code store} on {@code tasks}. */
    public Autosave(DocumentModel documents, BackgroundTasks tasks, RecoveryStore store) {
        this.documents = documents;
        this.tasks = tasks;
        this.store = store;
        wait.setOnFinished(e -> write());
        documents.documentProperty().addListener((obs, was, now) -> changed());
        documents.modifiedProperty().addListener((obs, was, now) -> changed());
    }

    /** The store written. */
    public RecoveryStore store() {
        return store;
    }

    private void changed() {
        if (documents.isModified()) {
            if (wait.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                wait.playFromStart();
            }
        } else {
            wait.stop();
            if (written != null) {
                written = null;
                submit("Forgetting the recovery copy", store::discard);
            }
        }
    }

    private void write() {
        GraphDocument doc = documents.document();
        if (!documents.isModified() || doc.graph() == written) {
            return;
        }
        written = doc.graph();
        Graph graph = doc.graph();
        String title = doc.title();
        Path file = doc.isSample() ? null : doc.file().orElse(null);
        submit("Keeping a recovery copy", () -> store.write(graph, title, file));
    }

    /** Deletes the copy at once, on the calling thread: the window is closing after the user chose. */
    public void closed() {
        wait.stop();
        try {
            store.discard();
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete the recovery copy in " + store.folder(), e);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private void submit(String message, Work work) {
        Task<Void> before = last;
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage(message);
                if (before != null) {
                    try {
                        before.get();
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
                        // logged by its own handler; this one still runs
                    }
                }
                work.run();
                return null;
            }
        };
        // A recovery copy that cannot be written must not interrupt the user's work: log it.
        task.setOnFailed(e -> LOG.log(System.Logger.Level.WARNING, message + " failed in " + store.folder(),
                task.getException()));
        last = task;
        tasks.submit(task);
    }
}
