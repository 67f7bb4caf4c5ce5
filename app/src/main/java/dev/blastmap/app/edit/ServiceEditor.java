package dev.blastmap.app.edit;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.edit.ChangeServices;
import dev.blastmap.edit.DependencyEdits;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The editing part of the inspector: the properties of the selected services ({@link PropertiesEditor}),
 * and, for one service, Rename and its dependency clauses ({@link ClauseEditor}) with Merge. Rebuilt when
 * the graph or the selection changes; the field that had the keyboard gets it back, so Enter in a field
 * leaves the caret there.
 */
public final class ServiceEditor extends VBox {

    private final ObservableValue<GraphDocument> document;
    private final SelectionModel selection;
    private final EditCommands commands;
    private final PropertiesEditor properties;
    private final VBox clauses = new VBox(10);
    private final Label heading = new Label();
    private boolean rebuildQueued;

    /** An editor of what {@code selection} selects in {@code document}, editing through {@code commands}. */
    public ServiceEditor(ObservableValue<GraphDocument> document, SelectionModel selection, EditCommands commands) {
        super(10);
        this.document = document;
        this.selection = selection;
        this.commands = commands;
        this.properties = new PropertiesEditor(commands.model());
        getStyleClass().add("service-editor");
        setId("service-editor");
        heading.getStyleClass().add("section-title");
        document.addListener((obs, was, now) -> queueRebuild());
        selection.selectedProperty().addListener((obs, was, now) -> queueRebuild());
        selection.others().addListener((javafx.collections.SetChangeListener<ServiceId>) c -> queueRebuild());
        rebuild();
    }

    private void queueRebuild() {
        if (!rebuildQueued) {
            rebuildQueued = true;
            Platform.runLater(this::rebuild);
        }
    }

    /** Shows the selection now; for tests and the first build. */
    public void rebuild() {
        rebuildQueued = false;
        String focused = getScene() != null && getScene().getFocusOwner() != null
                && isAncestorOf(getScene().getFocusOwner()) ? getScene().getFocusOwner().getId() : null;
        Graph graph = document.getValue().graph();
        List<ServiceId> ids = selection.selectedIds().stream().filter(graph::contains).toList();
        getChildren().clear();
        if (ids.isEmpty()) {
            return;
        }
        heading.setText(ids.size() == 1 ? "EDIT" : "EDIT " + ids.size() + " SERVICES");
        properties.show(graph, ids);
        getChildren().addAll(heading, properties);
        if (ids.size() == 1) {
            ServiceId id = ids.get(0);
            Button rename = new Button("Rename… (F2)");
            rename.setId("edit-rename");
            rename.setOnAction(e -> commands.renameSelected());
            Button add = new Button("Add dependency (D)");
            add.setId("edit-add-dependency");
            add.setOnAction(e -> commands.startDependency());
            getChildren().add(new FlowPane(6, 6, rename, add));
            showClauses(graph, id);
            getChildren().add(clauses);
        }
        if (focused != null) {
            Node again = lookup("#" + focused);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    private boolean isAncestorOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private void showClauses(Graph graph, ServiceId id) {
        clauses.getChildren().clear();
        List<Clause> list = graph.require(id).dependsOn();
        Label title = new Label(list.isEmpty() ? "EDIT DEPENDENCIES: NONE YET" : "EDIT DEPENDENCIES");
        title.getStyleClass().add("section-title");
        clauses.getChildren().add(title);
        List<ClauseEditor> editors = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            ClauseEditor editor = new ClauseEditor(graph, list.get(i), i, new ClauseEditor.Commands() {
                @Override
                public void replace(Clause clause) {
                    run(() -> DependencyEdits.replace(graph(), id, index, clause));
                }

                @Override
                public void split() {
                    run(() -> DependencyEdits.split(graph(), id, index));
                }

                @Override
                public void delete() {
                    run(() -> DependencyEdits.remove(graph(), id, index));
                }
            });
            editors.add(editor);
            clauses.getChildren().add(editor);
        }
        if (list.size() >= 2) {
            Button merge = new Button("Merge the two marked into “any one of”");
            merge.setId("clause-merge");
            merge.setDisable(true);
            editors.forEach(e -> e.mergeMark().selectedProperty().addListener((obs, was, now) ->
                    merge.setDisable(editors.stream().filter(x -> x.mergeMark().isSelected()).count() != 2)));
            merge.setOnAction(e -> {
                List<Integer> marked = new ArrayList<>();
                for (int i = 0; i < editors.size(); i++) {
                    if (editors.get(i).mergeMark().isSelected()) {
                        marked.add(i);
                    }
                }
                run(() -> DependencyEdits.merge(graph(), id, marked.get(0), marked.get(1)));
            });
            clauses.getChildren().add(merge);
        }
    }

    private Graph graph() {
        return document.getValue().graph();
    }

    private void run(Supplier<ChangeServices> edit) {
        try {
            commands.model().apply(edit.get()).ifPresent(commands::refused);
        } catch (IllegalArgumentException refused) {
            commands.refused(refused.getMessage());
        }
    }
}
