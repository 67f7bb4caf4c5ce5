package dev.blastmap.app.layout;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.layout.IncrementalLayout;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.LayoutMonitor;
import dev.blastmap.layout.NodeSizer;
import dev.blastmap.layout.Point;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final Function<Choice, LayoutAlgorithm> algorithms;
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private Supplier<Optional<GraphDocument>> offeredFor;
    private Future<Layout> offered;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.AUTOMATIC);
    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>(this, "layout", Layout.empty());
    private Task<Layout> running;
    /** An edit of a large graph being placed on a worker, or null. */
    private Task<Layout> placing;
    private final IncrementalLayout incremental = new IncrementalLayout(NodeSizer.standard());
    /** Where services of this document were last shown: an undone deletion puts them back there. */
    private final Map<ServiceId, Point> remembered = new HashMap<>();

    /** Lays out whatever document is open, on {@code tasks}, with the algorithm of each choice. */
    public LayoutModel(ObservableValue<GraphDocument> document, BackgroundTasks tasks) {
        this(document, tasks, Choice::algorithm);
    }

    /**
     * Lays out whatever document is open with the algorithms {@code algorithms} gives for the choices; tests
     * give algorithms that fail.
     */
    public LayoutModel(ObservableValue<GraphDocument> document, BackgroundTasks tasks,
                       Function<Choice, LayoutAlgorithm> algorithms) {
        this.document = document;
        this.tasks = tasks;
        this.algorithms = algorithms;
        document.addListener((obs, was, now) -> {
            if (!now.isRevisionOf(was)) {
                remembered.clear();
                relayout();
            } else if (now.graph() != was.graph() && running == null) {
                layOutEdit(now.graph());
            }
            // else a layout is running: it places the edits when it is done
        });
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

    /**
     * Why the last layout failed and what shows instead, one sentence; set anew after each failure, so
     * listeners hear every one.
     */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /**
     * Offers a layout already being made elsewhere for one document (the start sample, laid out before the
     * window showed): when that document opens with the automatic choice, its layout is awaited instead of
     * computed again. Used once.
     */
    public void offer(Supplier<Optional<GraphDocument>> forDocument, Future<Layout> offered) {
        this.offeredFor = Objects.requireNonNull(forDocument, "forDocument");
        this.offered = Objects.requireNonNull(offered, "offered");
    }

    /**
     * Asks for new services of the next edit to be centred at these points (model coordinates): where the
     * user double-clicked, or beside the selection. Points of services that are not new are ignored.
     */
    public void placeNext(Map<ServiceId, Point> points) {
        remembered.putAll(points);
    }

    /**
     * Places an edit on the layout shown: at once for a graph of fewer than
     * {@link GraphDocument#COMPILED_AT_ONCE} services; on a worker for a larger one, where it takes a good part
     * of a second, the layout shown staying meanwhile (edits made while it runs are placed when it is done).
     */
    private void layOutEdit(Graph graph) {
        Layout before = layout.get();
        if (graph.size() < GraphDocument.COMPILED_AT_ONCE) {
            before.nodes().forEach((id, box) -> remembered.put(id, box.center()));
            layout.set(incremental.update(before, graph, remembered));
            return;
        }
        if (placing != null) {
            return;
        }
        GraphDocument edited = document.getValue();
        Map<ServiceId, Point> wanted = Map.copyOf(remembered);
        Map<ServiceId, Point> gone = new HashMap<>();
        Task<Layout> task = new Task<>() {
            @Override
            protected Layout call() {
                updateMessage("Placing the edit");
                // where deleted services were, found here rather than on the FX thread
                before.nodes().forEach((id, box) -> {
                    if (!graph.contains(id)) {
                        gone.put(id, box.center());
                    }
                });
                return incremental.update(before, graph, wanted);
            }
        };
        task.setOnSucceeded(e -> {
            placing = null;
            remembered.putAll(gone);
            GraphDocument now = document.getValue();
            if (running == null && now.isRevisionOf(edited)) {
                layout.set(task.getValue());
                if (now.graph() != graph) {
                    layOutEdit(now.graph());
                }
            }
        });
        task.setOnFailed(e -> {
            placing = null;
            LOG.log(System.Logger.Level.ERROR, "placing an edit failed", task.getException());
        });
        task.setOnCancelled(e -> placing = null);
        placing = task;
        tasks.submit(task);
    }

    /** Lays out the open graph again with the chosen algorithm. */
    public Task<Layout> relayout() {
        return layOut(Objects.requireNonNull(choice.get(), "choice"));
    }

    /**
     * Lays out with one algorithm; if it fails, says so and falls back to the layered layout (or, if that
     * is what failed, keeps the layout shown).
     */
    private Task<Layout> layOut(Choice chosen) {
        if (running != null) {
            running.cancel();
        }
        GraphDocument laidOut = document.getValue();
        Graph graph = laidOut.graph();
        LayoutAlgorithm algorithm = algorithms.apply(chosen);
        Future<Layout> ready = offered != null && chosen == Choice.AUTOMATIC
                && offeredFor.get().filter(d -> d == document.getValue()).isPresent() ? offered : null;
        if (offered != null && !document.getValue().isEmpty()) {
            offered = null;
            offeredFor = null;
        }
        Task<Layout> task = new Task<>() {
            @Override
            protected Layout call() throws InterruptedException {
                updateMessage("Laying out " + graph.size() + " services");
                updateProgress(-1, 1);
                if (ready != null) {
                    try {
                        return ready.get();
                    } catch (ExecutionException e) {
                        // Laid out on another thread: fail as if it had failed here.
                        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
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
            running = null;
            if (document.getValue().graph() == graph) {
                layout.set(task.getValue());
            } else if (document.getValue().isRevisionOf(laidOut)) {
                // Edited while laid out: place the edits on the layout of the graph before them.
                layout.set(task.getValue());
                layOutEdit(document.getValue().graph());
            }
        });
        task.setOnCancelled(e -> {
            if (running == task) {
                running = null;
            }
        });
        task.setOnFailed(e -> {
            running = null;
            // A layout bug must not leave the user with nothing: log it for a report and fall back.
            LOG.log(System.Logger.Level.ERROR, "the " + chosen.label() + " layout failed", task.getException());
            boolean fallBack = chosen != Choice.LAYERED && document.getValue().graph() == graph;
            failure.set(null);
            failure.set("The " + chosen.label().toLowerCase(java.util.Locale.ROOT) + " layout failed ("
                    + task.getException() + "); " + (fallBack ? "showing the layered layout instead."
                    : "the layout shown stays."));
            if (fallBack) {
                layOut(Choice.LAYERED);
            }
        });
        running = task;
        return tasks.submit(task);
    }
}
