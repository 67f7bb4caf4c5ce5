package dev.blastmap.app.centrality;

import dev.blastmap.analysis.Centrality;
import dev.blastmap.analysis.SpofEntry;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Two optional columns of the SPOF table, betweenness and PageRank, and the check box that shows them. Both are
 * marked with an asterisk and a tooltip as structural heuristics, beside the exact impact the table ranks by.
 */
public final class CentralityColumns {

    private static final String HEURISTIC = "Structural heuristic (JGraphT): it ignores redundancy, soft "
            + "dependencies and weights. A high score with a low impact is a service on many dependency paths that "
            + "is not a single point of failure yet.";

    private CentralityColumns() {
    }

    /** Adds the columns to {@code table} and returns the check box that shows them. */
    public static Node install(TableView<SpofEntry> table, CentralityModel model) {
        TableColumn<SpofEntry, String> betweenness = column("Betweenness*", "betweenness",
                "Share of shortest dependency paths between other services that pass through this one. " + HEURISTIC,
                model, Centrality::betweenness);
        TableColumn<SpofEntry, String> pageRank = column("PageRank*", "pagerank",
                "How much the graph depends on this service, directly or through others. " + HEURISTIC,
                model, Centrality::pageRank);
        table.getColumns().add(betweenness);
        table.getColumns().add(pageRank);
        CheckBox toggle = new CheckBox("Structural centrality (heuristics)");
        toggle.setId("spof-centrality");
        toggle.setTooltip(new Tooltip("Adds JGraphT's betweenness and PageRank. Computed in the background: seconds "
                + "at 2,000 services, minutes at 20,000."));
        toggle.selectedProperty().bindBidirectional(model.shownProperty());
        Label busy = new Label("computing…");
        busy.getStyleClass().add("text-muted");
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        HBox bar = new HBox(10, toggle, busy);
        bar.setPadding(new Insets(6, 12, 6, 12));
        return bar;
    }

    private static TableColumn<SpofEntry, String> column(String title, String id, String tip, CentralityModel model,
                                                         ToDoubleFunction<Centrality> score) {
        TableColumn<SpofEntry, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setMinWidth(Label.USE_PREF_SIZE);
        header.setTooltip(new Tooltip(tip));
        column.setGraphic(header);
        column.setId("spof-" + id);
        column.setSortable(false);
        column.setPrefWidth(104);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.visibleProperty().bind(model.shownProperty());
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            Centrality scores = model.scoresProperty().get().get(c.getValue().id());
            return scores == null ? "…" : String.format(Locale.ROOT, "%.3f", score.applyAsDouble(scores));
        }, model.scoresProperty()));
        return column;
    }
}
