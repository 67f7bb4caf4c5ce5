package dev.blastmap.app.edit;

import dev.blastmap.edit.ChangeServices;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The properties of the selected services, editable: kind, region, zone, group, tags, weight,
 * customer-facing and description ({@link DescriptionField}). With several services selected it edits them all at once: a field shows the value they
 * share, or is empty with "several values" when they differ, and what is entered is set on every one. A
 * text field takes effect on Enter or when it loses the keyboard; the weight is checked as it is typed and
 * says what is wrong beneath it. Each change is one named edit in the undo history.
 */
final class PropertiesEditor extends VBox {

    private static final String MIXED = "several values";

    private final EditModel edits;
    private final GridPane grid = new GridPane();
    private List<Service> services = List.of();

    PropertiesEditor(EditModel edits) {
        super(6);
        this.edits = edits;
        getStyleClass().add("properties-editor");
        setId("properties-editor");
        grid.setHgap(10);
        grid.setVgap(6);
        getChildren().add(grid);
    }

    /** Shows the properties of these services of {@code graph}. */
    void show(Graph graph, List<ServiceId> ids) {
        services = ids.stream().filter(graph::contains).map(graph::require).toList();
        grid.getChildren().clear();
        if (services.isEmpty()) {
            return;
        }
        int row = 0;
        row = kind(row);
        row = text(row, "Region", "edit-region", Service::region, (b, v) -> b.region(v));
        row = text(row, "Zone", "edit-zone", Service::zone, (b, v) -> b.zone(v));
        row = text(row, "Group", "edit-group", Service::group, (b, v) -> b.group(v));
        row = text(row, "Tags", "edit-tags", s -> s.tags().isEmpty() ? null : String.join(", ", s.tags()),
                PropertiesEditor::withTags);
        row = weight(row);
        row = customerFacing(row);
        description(row);
        // Availability (the issue that adds it to Service) gets its row here, validated like the weight.
    }

    private int kind(int row) {
        ComboBox<Kind> kind = new ComboBox<>();
        kind.setId("edit-kind");
        kind.getItems().setAll(Kind.values());
        Kind shared = shared(Service::kind);
        if (shared != null) {
            kind.getSelectionModel().select(shared);
        } else {
            kind.setPromptText(MIXED);
        }
        kind.setOnAction(e -> {
            Kind chosen = kind.getValue();
            if (chosen != null && chosen != shared) {
                change("Change Kind", s -> s.toBuilder().kind(chosen).build());
            }
        });
        return addRow(row, "Kind", kind);
    }

    private int text(int row, String name, String id, Function<Service, String> get,
                     BiFunction<Service.Builder, String, Service.Builder> set) {
        TextField field = new TextField();
        field.setId(id);
        String shared = shared(get);
        field.setText(shared == null ? "" : shared);
        if (shared == null && services.size() > 1 && !allEqual(get)) {
            field.setPromptText(MIXED);
        }
        Runnable commit = () -> {
            String value = field.getText().strip();
            if (!value.equals(Objects.requireNonNullElse(shared, ""))) {
                change("Change " + name, s -> set.apply(s.toBuilder(), value.isEmpty() ? null : value).build());
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return addRow(row, name, field);
    }

    private static Service.Builder withTags(Service.Builder b, String text) {
        b.clearTags();
        if (text != null) {
            b.tags(Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toArray(String[]::new));
        }
        return b;
    }

    private int weight(int row) {
        TextField field = new TextField();
        field.setId("edit-weight");
        Double shared = shared(Service::weight);
        field.setText(shared == null ? "" : number(shared));
        if (shared == null) {
            field.setPromptText(MIXED);
        }
        Label problem = new Label();
        problem.setId("edit-weight-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.setVisible(false);
        field.textProperty().addListener((obs, was, now) -> {
            String why = weightProblem(now);
            problem.setText(why);
            problem.setVisible(!why.isEmpty());
            problem.setManaged(!why.isEmpty());
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !why.isEmpty());
        });
        Runnable commit = () -> {
            if (weightProblem(field.getText()).isEmpty() && !field.getText().isBlank()) {
                double w = Double.parseDouble(field.getText().strip());
                if (shared == null || w != shared) {
                    change("Change Weight", s -> s.toBuilder().weight(w).build());
                }
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        VBox box = new VBox(2, field, problem);
        return addRow(row, "Weight", box);
    }

    /** What is wrong with a weight as typed, or empty. */
    static String weightProblem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            double w = Double.parseDouble(text.strip());
            if (!(w >= 0) || Double.isInfinite(w)) {
                return "The weight must be a number of at least 0.";
            }
            return "";
        } catch (NumberFormatException e) {
            return "“" + text.strip() + "” is not a number; write e.g. 10 or 2.5.";
        }
    }

    private int customerFacing(int row) {
        CheckBox box = new CheckBox("yes");
        box.setId("edit-customer-facing");
        Boolean shared = shared(Service::customerFacing);
        box.setAllowIndeterminate(shared == null);
        box.setIndeterminate(shared == null);
        box.setSelected(Boolean.TRUE.equals(shared));
        box.setOnAction(e -> {
            boolean on = box.isSelected();
            change(on ? "Make Customer-Facing" : "Make Internal", s -> s.toBuilder().customerFacing(on).build());
        });
        return addRow(row, "Customer-facing", box);
    }

    private void description(int row) {
        // the services shown when the field was built, as they are now: leaving the field after the selection
        // changed sets the description of the services it showed
        List<ServiceId> shown = services.stream().map(Service::id).toList();
        DescriptionField field = new DescriptionField(services, MIXED, value -> {
            Graph now = edits.graph();
            change("Change Description", shown.stream().filter(now::contains).map(now::require).toList(),
                    s -> s.toBuilder().description(value).build());
        });
        // free text reads better across the whole panel than in the narrow value column
        Label label = new Label("Description");
        label.getStyleClass().add("property-name");
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row, 2, 1);
        grid.add(field, 0, row + 1, 2, 1);
    }

    private int addRow(int row, String name, javafx.scene.Node field) {
        Label label = new Label(name);
        label.getStyleClass().add("property-name");
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (field instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(row, label, field);
        return row + 1;
    }

    private <T> T shared(Function<Service, T> get) {
        Set<T> values = new LinkedHashSet<>();
        services.forEach(s -> values.add(get.apply(s)));
        return values.size() == 1 ? values.iterator().next() : null;
    }

    private <T> boolean allEqual(Function<Service, T> get) {
        return services.stream().map(get).distinct().count() <= 1;
    }

    private void change(String name, Function<Service, Service> change) {
        change(name, services, change);
    }

    private void change(String name, List<Service> targets, Function<Service, Service> change) {
        if (targets.isEmpty()) {
            return;
        }
        edits.apply(new ChangeServices(targets.size() == 1 ? name : name + " of " + targets.size() + " Services",
                targets.stream().map(change).toList()));
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
