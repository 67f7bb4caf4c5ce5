package dev.blastmap.app.availability;

import dev.blastmap.analysis.availability.AvailabilityFormat;
import dev.blastmap.analysis.availability.ComponentImportance;
import dev.blastmap.analysis.availability.Method;
import dev.blastmap.analysis.availability.ServiceAvailability;
import dev.blastmap.analysis.availability.ServiceImportance;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.model.ServiceId;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The inspector's availability section for the selected service: its availability given the graph, nines,
 * expected downtime per year, how it was found (with the interval for Monte Carlo), and for a
 * customer-facing service the components that matter most. Follows the model as its figures arrive; empty when
 * the graph gives no availabilities.
 */
public final class AvailabilitySection extends VBox {

    /** The components shown for a customer-facing service. */
    private static final int COMPONENTS_SHOWN = 3;

    private final AvailabilityModel model;
    private final ObservableValue<GraphDocument> document;
    private ServiceId shown;

    /** A section showing {@code model}'s figures, labelled from {@code document}. */
    public AvailabilitySection(AvailabilityModel model, ObservableValue<GraphDocument> document) {
        super(6);
        this.model = model;
        this.document = document;
        setId("inspector-availability");
        model.resultProperty().addListener((obs, was, now) -> rebuild());
        model.busyProperty().addListener((obs, was, now) -> rebuild());
    }

    /** This section, showing the figures of {@code id}; for the inspector to place among its sections. */
    public Node forService(ServiceId id) {
        shown = id;
        rebuild();
        return this;
    }

    private void rebuild() {
        getChildren().clear();
        if (shown == null || !model.applicableProperty().get()) {
            setVisible(false);
            setManaged(false);
            return;
        }
        setVisible(true);
        setManaged(true);
        Label title = new Label("AVAILABILITY");
        title.getStyleClass().add("section-title");
        getChildren().add(title);
        Optional<ServiceAvailability> figure = model.of(shown);
        if (figure.isEmpty()) {
            getChildren().add(placeholder(model.busyProperty().get() ? "Computing…" : "Not computed."));
            return;
        }
        ServiceAvailability s = figure.get();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        row = property(grid, row, "Availability", AvailabilityFormat.percent(s.unavailability()));
        row = property(grid, row, "Nines", AvailabilityFormat.nines(s.unavailability()));
        row = property(grid, row, "Down per year", AvailabilityFormat.downtime(s.downtimeMinutesPerYear()));
        row = property(grid, row, "On its own", AvailabilityFormat.percent(1 - document.getValue().graph()
                .require(shown).availability()));
        property(grid, row, "Method", s.method() == Method.EXACT ? "exact"
                : "Monte Carlo, 95% within " + AvailabilityFormat.percent(1 - s.ciLow()) + " – "
                        + AvailabilityFormat.percent(1 - s.ciHigh()));
        getChildren().add(grid);
        model.importanceOf(shown).filter(i -> !i.components().isEmpty()).ifPresent(this::importance);
    }

    private void importance(ServiceImportance ranking) {
        Label heading = new Label("Fix first — share of downtime · Birnbaum · RAW"
                + (ranking.method() == Method.EXACT ? "" : " (" + AvailabilityFormat.importanceSource(ranking) + ")"));
        heading.getStyleClass().add("property-name");
        heading.setWrapText(true);
        getChildren().add(heading);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (ComponentImportance c : ranking.components().subList(0,
                Math.min(COMPONENTS_SHOWN, ranking.components().size()))) {
            row = property(grid, row, document.getValue().label(c.component()),
                    String.format(Locale.ROOT, "%.0f%% · %s · %.3g", 100 * c.criticality(),
                            AvailabilityFormat.birnbaum(c), c.riskAchievementWorth()));
        }
        getChildren().add(grid);
    }

    private static int property(GridPane grid, int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("property-name");
        n.setMinWidth(Label.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        v.getStyleClass().add("property-value");
        grid.addRow(row, n, v);
        return row + 1;
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("placeholder-text");
        return l;
    }
}
