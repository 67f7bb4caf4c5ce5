package dev.blastmap.app.centrality;

import dev.blastmap.analysis.Centrality;
import dev.blastmap.analysis.StructuralImportance;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.work.AnalysisTask;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

/**
 * The structural centrality of the open graph's services (JGraphT's betweenness and PageRank), computed in the
 * background only while it is {@linkplain #shownProperty() shown}, because betweenness takes minutes on large
 * graphs. A new document drops the scores and, while shown, computes its own; hiding the scores cancels work in
 * progress.
 */
public final class CentralityModel {

    private final ObservableValue<GraphDocument> document;
    private final BackgroundTasks tasks;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyObjectWrapper<Map<ServiceId, Centrality>> scores =
            new ReadOnlyObjectWrapper<>(this, "scores", Map.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Task<List<Centrality>> running;

    /** Scores of whatever document is open, computed on {@code tasks}. */
    public CentralityModel(ObservableValue<GraphDocument> document, BackgroundTasks tasks) {
        this.document = document;
        this.tasks = tasks;
        document.addListener((obs, was, now) -> refresh());
        shown.addListener((obs, was, now) -> refresh());
    }

    /** Whether the scores are wanted; setting it starts or cancels the computation. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The scores by service; empty until computed. */
    public ReadOnlyObjectProperty<Map<ServiceId, Centrality>> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    /** True while the scores are computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void refresh() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        scores.set(Map.of());
        Graph graph = document.getValue().graph();
        if (!shown.get() || graph.size() == 0) {
            busy.set(false);
            return;
        }
        Task<List<Centrality>> task = new AnalysisTask<>("Betweenness and PageRank of " + graph.size() + " services",
                progress -> StructuralImportance.of(graph, progress));
        task.setOnSucceeded(e -> {
            if (task == running) {
                Map<ServiceId, Centrality> byId = new HashMap<>();
                task.getValue().forEach(c -> byId.put(c.id(), c));
                scores.set(Map.copyOf(byId));
                busy.set(false);
                running = null;
            }
        });
        task.setOnFailed(e -> {
            if (task == running) {
                System.getLogger(CentralityModel.class.getName()).log(System.Logger.Level.ERROR,
                        "centrality failed", task.getException());
                busy.set(false);
                running = null;
            }
        });
        busy.set(true);
        running = task;
        tasks.submit(task);
    }
}
