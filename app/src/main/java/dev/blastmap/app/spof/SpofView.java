package dev.blastmap.app.spof;

import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.app.availability.AvailabilityColumn;
import dev.blastmap.app.availability.AvailabilityModel;
import dev.blastmap.app.centrality.CentralityColumns;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.text.BreakableName;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The single-points-of-failure panel: every service ranked by what its failure alone costs, with a bar for
 * the weighted impact, the collateral and the customer-facing services lost. Selecting a row previews that
 * blast radius on the canvas.
 */
public final class SpofView extends VBox {

    private final SpofModel model;
    private final ObservableValue<GraphDocument> document;
    private final AvailabilityModel availability;
    private final TableView<SpofEntry> table = new TableView<>();
    private final ProgressIndicator busy = new ProgressIndicator();

    /** A panel of {@code model}; labels come from {@code document}. */
    public SpofView(SpofModel model, ObservableValue<GraphDocument> document) {
        this(model, document, null);
    }

    /** A panel of {@code model} with a column of each service's availability from {@code availability}. */
    public SpofView(SpofModel model, ObservableValue<GraphDocument> document, AvailabilityModel availability) {
        this.model = model;
        this.document = document;
        this.availability = availability;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("spof-view");
        setId("spof");
        Label intro = new Label("What each service's failure alone would take down, worst first. "
                + "Select a row to see its blast radius.");
        intro.setWrapText(true);
        intro.getStyleClass().add("panel-intro");
        intro.setPadding(new Insets(10, 12, 6, 12));

        TableColumn<SpofEntry, SpofEntry> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        rank.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SpofEntry item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(item == null || emptyCell ? null : String.valueOf(getIndex() + 1));
            }
        });
        rank.setPrefWidth(36);
        rank.setStyle("-fx-alignment: CENTER-RIGHT;");
        rank.setSortable(false);
        TableColumn<SpofEntry, String> service = new TableColumn<>("Service");
        service.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(document.getValue().label(c.getValue().id())));
        service.setCellFactory(c -> new WrappingCell());
        TableColumn<SpofEntry, SpofEntry> impact = header(new TableColumn<>(), "Impact",
                "Weighted impact: the sum of the weights of every service that goes down");
        impact.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        impact.setCellFactory(c -> new BarCell());
        impact.setPrefWidth(120);
        impact.setSortable(false);
        TableColumn<SpofEntry, Number> collateral = header(new TableColumn<>(), "Collateral",
                "Services that go down besides the one knocked out");
        collateral.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().collateral()));
        collateral.setPrefWidth(98);
        collateral.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<SpofEntry, Number> customers = header(new TableColumn<>(), "Apps",
                "Customer-facing services lost");
        customers.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().customerFacingDown().size()));
        customers.setPrefWidth(66);
        customers.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(rank);
        table.getColumns().add(service);
        table.getColumns().add(impact);
        table.getColumns().add(collateral);
        table.getColumns().add(customers);
        if (availability != null) {
            table.getColumns().add(AvailabilityColumn.of(availability, SpofEntry::id));
            availability.resultProperty().addListener((obs, was, now) -> table.refresh());
        }
        Node centrality = CentralityColumns.install(table, model.centrality());
        // Names stay readable when optional columns make the table wider than its panel: it scrolls instead.
        service.setMinWidth(130);
        // The service name takes whatever width the other shown columns leave.
        service.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> table.getWidth() - 18
                - table.getVisibleLeafColumns().stream().filter(c -> c != service).mapToDouble(TableColumn::getWidth).sum(),
                table.widthProperty(), table.getVisibleLeafColumns()));
        table.setItems(model.ranking());
        table.setId("spof-table");
        table.setPlaceholder(new Label("Open a graph to rank its services."));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SpofEntry item, boolean emptyRow) {
                super.updateItem(item, emptyRow);
                setTooltip(item == null || emptyRow ? null : wrapping(new Tooltip(tooltip(item))));
            }
        });
        busy.setMaxSize(48, 48);
        StackPane body = new StackPane(table, busy);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(intro, body, centrality);
    }

    private static <T> TableColumn<SpofEntry, T> header(TableColumn<SpofEntry, T> column, String text, String tip) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setTooltip(wrapping(new Tooltip(tip)));
        column.setGraphic(label);
        column.setSortable(false);
        return column;
    }

    /** A tooltip that wraps its text rather than running off the screen. */
    private static Tooltip wrapping(Tooltip tip) {
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    private String tooltip(SpofEntry e) {
        StringBuilder sb = new StringBuilder(document.getValue().label(e.id()))
                .append(" alone takes down ").append(e.down()).append(e.down() == 1 ? " service" : " services");
        if (!e.customerFacingDown().isEmpty()) {
            sb.append("\nCustomer-facing: ").append(String.join(", ",
                    e.customerFacingDown().stream().map(document.getValue()::label).toList()));
        }
        return sb.toString();
    }

    private void initListeners() {
        busy.visibleProperty().bind(model.rankingProperty());
        // The tab pane shows a tab's content when the tab is opened.
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                model.refitGraph();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && table.isFocused()) {
                model.preview(now);
            }
        });
        table.setOnMouseClicked(e -> {
            SpofEntry now = table.getSelectionModel().getSelectedItem();
            if (now != null) {
                model.preview(now);
            }
        });
    }

    /** The table, for keyboard focus. */
    public TableView<SpofEntry> table() {
        return table;
    }

    /**
     * A service's name on as many lines as it needs, never cut: a Text wrapped to the column's width, whose
     * height the row follows (a cell's own wrapped text would be cut to the row's height).
     */
    private static final class WrappingCell extends TableCell<SpofEntry, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.getStyleClass().add("spof-name");
            text.wrappingWidthProperty().bind(widthProperty().subtract(14));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean emptyCell) {
            super.updateItem(item, emptyCell);
            text.setText(item == null || emptyCell ? "" : BreakableName.of(item));
            setGraphic(item == null || emptyCell ? null : text);
        }
    }

    /** A bar as long as the entry's share of the worst weighted impact, with the number beside it. */
    private final class BarCell extends TableCell<SpofEntry, SpofEntry> {
        private final Region bar = new Region();
        private final Label value = new Label();
        private final HBox box = new HBox(6, bar, value);

        BarCell() {
            bar.getStyleClass().add("spof-bar");
            bar.setMinHeight(10);
            bar.setMaxHeight(10);
            box.setAlignment(Pos.CENTER_LEFT);
            value.getStyleClass().add("spof-value");
            value.setMinWidth(Region.USE_PREF_SIZE); // a number is never cut: the bar gives way
        }

        @Override
        protected void updateItem(SpofEntry item, boolean emptyCell) {
            super.updateItem(item, emptyCell);
            if (item == null || emptyCell) {
                setGraphic(null);
                return;
            }
            double worst = model.worstWeightedProperty().get();
            double share = worst <= 0 ? 0 : item.weighted() / worst;
            bar.prefWidthProperty().bind(widthProperty().subtract(value.widthProperty()).subtract(24).multiply(share).add(2));
            bar.setMinWidth(Region.USE_PREF_SIZE);
            value.setText(item.weighted() == Math.rint(item.weighted()) ? String.valueOf((long) item.weighted())
                    : String.format(Locale.ROOT, "%.1f", item.weighted()));
            setGraphic(box);
        }
    }
}
