package dev.blastmap.app.edit;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One dependency clause of a service, editable: how many of its members it needs (one service; any one,
 * all, or at least k of several), soft, the delay (checked as it is typed), and the note. Each change is
 * handed on as the new clause; Split, Delete and the merge mark are handed on as commands.
 */
final class ClauseEditor extends VBox {

    /** The commands a clause's buttons run. */
    interface Commands {
        /** Replaces the clause. */
        void replace(Clause clause);

        /** Splits it into one clause per member. */
        void split();

        /** Deletes it. */
        void delete();
    }

    private static final String ANY = "any one of";
    private static final String ALL = "all of";
    private static final String AT_LEAST = "at least";

    private final CheckBox mergeMark = new CheckBox("Merge");

    ClauseEditor(Graph graph, Clause clause, int index, Commands commands) {
        super(4);
        getStyleClass().add("clause-editor");
        setId("clause-" + index);
        Label members = new Label(String.join(", ", clause.members().stream()
                .map(m -> graph.service(m).map(s -> s.label()).orElse(m.value())).toList()));
        members.getStyleClass().add("clause-members");
        members.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        HBox need = new HBox(6);
        need.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (clause.isSingle()) {
            need.getChildren().add(new Label(clause.soft() ? "it, softly" : "it"));
        } else {
            ComboBox<String> mode = new ComboBox<>();
            mode.setId("clause-" + index + "-mode");
            mode.getItems().setAll(ANY, ALL, AT_LEAST);
            mode.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            mode.setValue(clause.need() == 1 ? ANY : clause.need() == clause.members().size() ? ALL : AT_LEAST);
            Spinner<Integer> k = new Spinner<>(1, clause.members().size(), clause.need());
            k.setId("clause-" + index + "-k");
            k.setPrefWidth(70);
            k.setVisible(AT_LEAST.equals(mode.getValue()));
            k.managedProperty().bind(k.visibleProperty());
            Label of = new Label("of " + clause.members().size());
            mode.setOnAction(e -> {
                int n = switch (mode.getValue()) {
                    case ANY -> 1;
                    case ALL -> clause.members().size();
                    default -> Math.min(Math.max(2, clause.need()), clause.members().size());
                };
                commands.replace(new Clause(clause.members(), n, clause.soft(), clause.delay(), clause.note()));
            });
            k.valueProperty().addListener((obs, was, now) -> commands.replace(
                    new Clause(clause.members(), now, clause.soft(), clause.delay(), clause.note())));
            need.getChildren().addAll(mode, k, of);
        }
        grid.addRow(0, name("Needs"), need);

        CheckBox soft = new CheckBox("Soft: losing it only degrades");
        soft.setId("clause-" + index + "-soft");
        soft.setSelected(clause.soft());
        soft.setOnAction(e -> commands.replace(
                new Clause(clause.members(), clause.need(), soft.isSelected(), clause.delay(), clause.note())));

        TextField delay = new TextField(DelayText.format(clause.delay()));
        delay.setId("clause-" + index + "-delay");
        delay.setPrefColumnCount(6);
        delay.setPromptText("e.g. 10m");
        Label delayProblem = new Label("Write a delay like 30s, 10m, 1h30m or 0.");
        delayProblem.getStyleClass().add("field-problem");
        delayProblem.setWrapText(true);
        delayProblem.setVisible(false);
        delayProblem.managedProperty().bind(delayProblem.visibleProperty());
        delay.textProperty().addListener((obs, was, now) -> {
            boolean bad = DelayText.parse(now).isEmpty();
            delayProblem.setVisible(bad);
            delay.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), bad);
        });
        Runnable commitDelay = () -> DelayText.parse(delay.getText()).filter(d -> !d.equals(clause.delay()))
                .ifPresent(d -> commands.replace(new Clause(clause.members(), clause.need(), clause.soft(), d, clause.note())));
        onCommit(delay, commitDelay);

        TextField note = new TextField(clause.note());
        note.setId("clause-" + index + "-note");
        note.setPromptText("Description");
        HBox.setHgrow(note, Priority.ALWAYS);
        onCommit(note, () -> {
            if (!note.getText().strip().equals(clause.note())) {
                commands.replace(new Clause(clause.members(), clause.need(), clause.soft(), clause.delay(),
                        note.getText().strip()));
            }
        });

        Button split = new Button("Split");
        split.setId("clause-" + index + "-split");
        split.setDisable(clause.isSingle());
        split.setOnAction(e -> commands.split());
        Button delete = new Button("Delete");
        delete.setId("clause-" + index + "-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> commands.delete());
        mergeMark.setId("clause-" + index + "-merge");

        grid.addRow(1, name("Delay"), delay);
        grid.add(delayProblem, 1, 2);
        grid.addRow(3, name("Note"), note);
        GridPane.setHgrow(note, Priority.ALWAYS);
        note.setMaxWidth(Double.MAX_VALUE);
        FlowPane buttons = new FlowPane(6, 4, split, delete, mergeMark);
        getChildren().addAll(members, grid, soft, buttons);
    }

    private static Label name(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("property-name");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** The mark that picks this clause for merging. */
    CheckBox mergeMark() {
        return mergeMark;
    }

    private static void onCommit(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }
}
