package dev.blastmap.app.edit;

import dev.blastmap.edit.ServiceIds;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a service's new id and name (F2). The id is checked as it is typed: what is wrong shows under the
 * field, in words, and Rename stays disabled until it is a valid id no other service has.
 */
final class RenameDialog extends Dialog<RenameDialog.Answer> {

    /** The id and name typed; the name is empty when it should follow the id. */
    record Answer(String id, String label) {
    }

    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final Label problem = new Label();

    RenameDialog(Window owner, Graph graph, Service service) {
        initOwner(owner);
        setTitle("Rename " + service.label());
        setHeaderText("Rename " + service.label());
        id.setId("rename-id");
        name.setId("rename-name");
        problem.setId("rename-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(360);
        id.setText(service.id().value());
        boolean labelFollowsId = service.label().equals(service.id().value());
        name.setText(labelFollowsId ? "" : service.label());
        name.setPromptText("same as the id");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Id"), id);
        grid.add(problem, 1, 1);
        grid.addRow(2, new Label("Name"), name);
        id.setPrefColumnCount(24);
        getDialogPane().setContent(grid);
        ButtonType rename = new ButtonType("Rename", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(rename, ButtonType.CANCEL);
        getDialogPane().lookupButton(rename).setId("rename-ok");
        id.textProperty().addListener((obs, was, now) -> {
            String text = ServiceIds.problem(graph, now, service.id()).orElse("");
            problem.setText(text);
            problem.setVisible(!text.isEmpty());
            problem.setManaged(!text.isEmpty());
            getDialogPane().lookupButton(rename).setDisable(!text.isEmpty());
        });
        problem.setVisible(false);
        problem.setManaged(false);
        setResultConverter(b -> b == rename ? new Answer(id.getText(), name.getText().strip()) : null);
        setOnShown(e -> Platform.runLater(() -> {
            getDialogPane().getScene().getWindow().requestFocus();
            id.requestFocus();
            id.selectAll();
        }));
    }
}
