package dev.blastmap.app.compare;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.document.GraphLoading;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.diff.GraphComparison;
import dev.blastmap.diff.GraphDiff;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * File → Compare with…: reads a second version, compares it with the open graph and lays out the overlay,
 * all as one task on the app's executor; the open graph is left as it was whatever happens.
 */
public final class CompareModel {

    /**
     * A finished comparison.
     *
     * @param overlay     the second version over the first
     * @param layout      where the overlay's services go
     * @param firstTitle  the open graph's title
     * @param secondTitle the compared file's title
     */
    public record Comparison(CompareOverlay overlay, Layout layout, String firstTitle, String secondTitle) {

        /** Validates the comparison. */
        public Comparison {
            Objects.requireNonNull(overlay, "overlay");
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(firstTitle, "firstTitle");
            Objects.requireNonNull(secondTitle, "secondTitle");
        }
    }

    private final BackgroundTasks tasks;

    /** A model running its work on these tasks. */
    public CompareModel(BackgroundTasks tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Compares the file with the open graph. Call on the FX thread; exactly one of the callbacks is called,
     * on the FX thread.
     *
     * @param refused called with the file's problems when it cannot be read
     */
    public Task<Comparison> compare(GraphDocument first, Path second, Consumer<Comparison> done,
                                    Consumer<List<Problem>> refused) {
        Task<Comparison> task = new Task<>() {
            @Override
            protected Comparison call() throws GraphImportException {
                updateMessage("Comparing with " + second.getFileName());
                updateProgress(-1, 1);
                GraphDocument other = GraphLoading.load(second);
                return compare(first, other);
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> refused.accept(task.getException() instanceof GraphImportException bad ? bad.problems()
                : List.of(Problem.error(second.toString(), 0, 0, "", "cannot compare: " + task.getException()))));
        return tasks.submit(task);
    }

    /** The comparison of two documents, computed on the calling thread. */
    public static Comparison compare(GraphDocument first, GraphDocument second) {
        String firstName = first.file().map(Path::toString).orElse(first.title());
        String secondName = second.file().map(Path::toString).orElse(second.title());
        GraphDiff diff = GraphComparison.compare(first.graph(), firstName, second.graph(), secondName);
        CompareOverlay overlay = CompareOverlay.of(first.graph(), second.graph(), diff);
        return new Comparison(overlay, LayoutAlgorithm.automatic().layout(overlay.union()), first.title(),
                second.title());
    }
}
