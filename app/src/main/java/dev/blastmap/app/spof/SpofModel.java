package dev.blastmap.app.spof;

import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.app.centrality.CentralityModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.work.AnalysisTask;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.model.Graph;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The single-points-of-failure ranking of the open graph: computed in the background whenever a graph is
 * opened (one knockout per service), worst first; selecting a row previews its blast radius.
 */
public final class SpofModel {

    private final BackgroundTasks tasks;
    private final KnockoutModel knockouts;
    private final SelectionModel selection;
    private final ObservableList<SpofEntry> ranking = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper worstWeighted = new ReadOnlyDoubleWrapper(this, "worstWeighted");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "ranking");
    private final CentralityModel centrality;
    private Task<List<SpofEntry>> running;

    /** A ranking of whatever document is open. */
    public SpofModel(ObservableValue<GraphDocument> document, BackgroundTasks tasks, KnockoutModel knockouts,
                     SelectionModel selection) {
        this.tasks = tasks;
        this.knockouts = knockouts;
        this.selection = selection;
        this.centrality = new CentralityModel(document, tasks);
        document.addListener((obs, was, now) -> rank(now));
        if (!document.getValue().isEmpty()) {
            rank(document.getValue());
        }
    }

    /** The ranking, worst first; empty while it is computed. */
    public ObservableList<SpofEntry> ranking() {
        return FXCollections.unmodifiableObservableList(ranking);
    }

    /** The optional structural centrality shown beside the ranking. */
    public CentralityModel centrality() {
        return centrality;
    }

    /** The weighted impact of the worst entry, the full length of the bars. */
    public ReadOnlyDoubleProperty worstWeightedProperty() {
        return worstWeighted.getReadOnlyProperty();
    }

    /** True while the ranking is computed. */
    public ReadOnlyBooleanProperty rankingProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Fits the whole graph to the canvas again: opening the panel narrows the canvas. */
    public void refitGraph() {
        selection.frame(java.util.List.of());
    }

    /** Shows the blast radius of knocking out this entry's service alone, and selects it. */
    public void preview(SpofEntry entry) {
        knockouts.show(List.of(entry.id()), false);
        selection.selectedProperty().set(entry.id());
    }

    private void rank(GraphDocument document) {
        Graph graph = document.graph();
        if (running != null) {
            running.cancel();
        }
        ranking.clear();
        worstWeighted.set(0);
        if (graph.size() == 0) {
            busy.set(false);
            return;
        }
        Task<List<SpofEntry>> task = new AnalysisTask<>("Ranking " + graph.size()
                + " services by the impact of their failure", progress -> SpofRanking.rank(document.engine(), progress));
        task.setOnSucceeded(e -> {
            ranking.setAll(task.getValue());
            worstWeighted.set(ranking.isEmpty() ? 0 : ranking.stream().mapToDouble(SpofEntry::weighted).max().orElse(0));
            busy.set(false);
        });
        task.setOnFailed(e -> {
            System.getLogger(SpofModel.class.getName()).log(System.Logger.Level.ERROR, "ranking failed", task.getException());
            busy.set(false);
        });
        task.setOnCancelled(e -> busy.set(false));
        busy.set(true);
        running = task;
        tasks.submitWhen(document.compiled(), task);
    }
}
