package dev.blastmap.app.availability;

import dev.blastmap.analysis.availability.AvailabilityFormat;
import dev.blastmap.analysis.availability.Method;
import dev.blastmap.model.ServiceId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * A table column with each row's service availability given the graph (a "~" before a Monte Carlo figure),
 * shown only when the open graph has availabilities.
 */
public final class AvailabilityColumn {

    private AvailabilityColumn() {
    }

    /** A column for rows whose service is {@code idOf(row)}. */
    public static <R> TableColumn<R, String> of(AvailabilityModel model, Function<R, ServiceId> idOf) {
        TableColumn<R, String> column = new TableColumn<>();
        Label header = new Label("Avail.");
        header.setMinWidth(Label.USE_PREF_SIZE);
        header.setTooltip(new Tooltip("Availability given the graph: up on its own and not taken down by what it "
                + "depends on; failures independent. ~ marks a Monte Carlo estimate."));
        column.setGraphic(header);
        column.setId("availability-column");
        column.setSortable(false);
        column.setPrefWidth(84);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.of(idOf.apply(c.getValue()))
                .map(s -> (s.method() == Method.MONTE_CARLO ? "~" : "") + AvailabilityFormat.percent(s.unavailability()))
                .orElse(model.busyProperty().get() ? "…" : "")));
        column.visibleProperty().bind(model.applicableProperty());
        return column;
    }
}
