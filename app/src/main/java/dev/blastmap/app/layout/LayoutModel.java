package dev.blastmap.app.layout;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.LayoutMonitor;
import dev.blastmap.model.Graph;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

/**
 * The layout of the open graph. Choosing another algorithm or opening another graph lays it out again in the
 * background (cancelling a layout still running); the canvas shows the new layout when it is done.
 */
public final class LayoutModel {

    /** The algorithms the View menu offers. */
    public enum Choice {
        /** Layered while the graph is moderate, force-directed for large or dense graphs. */
        AUTOMATIC("Automatic", LayoutAlgorithm.automatic()),
        /** Dependents above their dependencies. */
        LAYERED("Layered", LayoutAlgorithm.layered()),
        /** Force-directed, for large or tangled graphs. */
        FORCE("Force-directed", LayoutAlgorithm.force());

        private final String label;
        private final LayoutAlgorithm algorithm;

        Choice(String label, LayoutAlgorithm algorithm) {
            this.label = label;
            this.algorithm = algorithm;
        }

        /** The menu label. */
        public String label() {
            return label;
        }

        /** The algorithm. */
        public LayoutAlgorithm algorithm() {
            return algorithm;
        }
    }

    private static final System.Logger LOG = System.getLogger(LayoutModel.class.getName());

    private final ObservableValue<GraphDocument> document;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.AUTOMATIC);
    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>(this, "layout", Layout.empty());
    private Task<Layout> running;

    /** Lays out whatever document is open, on {@code tasks}. */
    public LayoutModel(ObservableValue<GraphDocument> document, BackgroundTasks tasks) {
        this.document = document;
        this.tasks = tasks;
        document.addListener((obs, was, now) -> relayout());
        choice.addListener((obs, was, now) -> relayout());
    }

    /** The algorithm chosen. */
    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** The current layout; empty until the first layout is done. */
    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** The current layout. */
    public Layout layout() {
        return layout.get();
    }

    /** Lays out the open graph again with the chosen algorithm. */
    public Task<Layout> relayout() {
        if (running != null) {
            running.cancel();
        }
        Graph graph = document.getValue().graph();
        LayoutAlgorithm algorithm = Objects.requireNonNull(choice.get(), "choice").algorithm();
        Task<Layout> task = new Task<>() {
            @Override
            protected Layout call() {
                updateMessage("Laying out " + graph.size() + " services");
                updateProgress(-1, 1);
                Task<Layout> self = this;
                return algorithm.layout(graph, new LayoutMonitor() {
                    @Override
                    public void progress(double fraction) {
                        updateProgress(fraction, 1);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            if (document.getValue().graph() == graph) {
                layout.set(task.getValue());
            }
        });
        task.setOnFailed(e -> LOG.log(System.Logger.Level.ERROR, "layout failed", task.getException()));
        running = task;
        return tasks.submit(task);
    }
}
