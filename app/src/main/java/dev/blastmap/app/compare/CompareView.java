package dev.blastmap.app.compare;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.compare.CompareModel.Comparison;
import dev.blastmap.app.compare.CompareOverlay.Difference;
import dev.blastmap.render.Rgba;
import dev.blastmap.render.Theme;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A comparison: the second version drawn over the first on a canvas (added, removed, blast radius grown),
 * and beside it the list of differences; clicking a difference selects its service and brings it into view.
 */
public final class CompareView extends BorderPane {

    private final Comparison comparison;
    private final GraphCanvas canvas = new GraphCanvas();
    private final ListView<Difference> list = new ListView<>();

    /** The view of a finished comparison. */
    public CompareView(Comparison comparison) {
        this.comparison = comparison;
        createView();
        initListeners();
    }

    private void createView() {
        setId("compare-view");
        CompareOverlay overlay = comparison.overlay();
        canvas.setId("compare-canvas");
        canvas.setGraph(overlay.union(), comparison.layout());
        canvas.setStates(overlay::state);
        list.setId("compare-differences");
        list.setStyle("-fx-font-size: 14px;");
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(Difference d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.toString());
            }
        });
        list.getItems().setAll(overlay.differences());
        list.setPlaceholder(new Label("The two versions are the same."));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label(comparison.secondTitle() + " over " + comparison.firstTitle());
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        title.setWrapText(true);
        Label summary = new Label(overlay.differences().size() + " differences");
        summary.setId("compare-summary");
        summary.setStyle("-fx-font-size: 14px;");
        VBox side = new VBox(10, title, summary, legend(), list);
        side.setPadding(new Insets(12));
        side.setPrefWidth(460);
        setCenter(canvas);
        setRight(side);
    }

    private void initListeners() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                canvas.selectedProperty().set(now.id());
                canvas.frame(List.of(now.id()));
            }
        });
    }

    private static VBox legend() {
        Theme theme = Theme.light();
        return new VBox(4,
                swatch(theme, ServiceState.DOWN, "blast radius grew (losing it takes down more)"),
                swatch(theme, ServiceState.DEGRADED, "added in the second version"),
                swatch(theme, ServiceState.KNOCKED_OUT, "removed in the second version"),
                swatch(theme, ServiceState.HEALTHY, "unchanged, or its blast radius shrank"));
    }

    private static HBox swatch(Theme theme, ServiceState state, String meaning) {
        Rgba fill = theme.style(state).fill();
        Rgba border = theme.style(state).border();
        Rectangle r = new Rectangle(16, 16, Color.rgb(fill.red(), fill.green(), fill.blue(), fill.alpha()));
        r.setStroke(Color.rgb(border.red(), border.green(), border.blue(), border.alpha()));
        Label text = new Label(meaning);
        text.setStyle("-fx-font-size: 14px;");
        HBox row = new HBox(8, r, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The canvas the versions are drawn on. */
    public GraphCanvas canvas() {
        return canvas;
    }

    /** The list of differences. */
    public ListView<Difference> differences() {
        return list;
    }
}
