package dev.blastmap.app.player;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The recorder's panel, shown while recording: the scenario's title, what the next step knocks out and
 * restores, the step's title and narration to type, and the buttons that add the step, save the scenario
 * or cancel.
 */
final class RecordPanel extends VBox {

    private final RecorderModel recorder;
    private final Runnable save;
    private final TextField scenarioTitle = new TextField();
    private final Label pending = new Label();
    private final Label count = new Label();
    private final TextField stepTitle = new TextField();
    private final TextArea narration = new TextArea();
    private final Button addStep = new Button("Add step");
    private final Button finish = new Button("Save walkthrough");
    private final Button cancel = new Button("Cancel");

    /** A panel for {@code recorder}; {@code save} finishes the recording and saves it into the file. */
    RecordPanel(RecorderModel recorder, Runnable save) {
        this.recorder = recorder;
        this.save = save;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("record-panel");
        setId("record-panel");
        scenarioTitle.setId("record-scenario-title");
        scenarioTitle.setPromptText("Walkthrough title");
        scenarioTitle.setPrefColumnCount(24);
        pending.setId("record-pending");
        pending.getStyleClass().add("record-pending");
        count.setId("record-count");
        count.getStyleClass().add("record-count");
        Label recordingDot = new Label("● Recording");
        recordingDot.getStyleClass().add("record-dot");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(recordingDot, scenarioTitle, count, spacer, pending);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("record-row");

        stepTitle.setId("record-step-title");
        stepTitle.setPromptText("Step title, e.g. \"The DNS record is empty\"");
        narration.setId("record-narration");
        narration.setPromptText("Narration: what happened, and why it matters. Knock out or bring back services "
                + "on the graph, then add the step.");
        narration.setWrapText(true);
        narration.setPrefRowCount(3);
        addStep.setId("record-add-step");
        addStep.getStyleClass().add("accent");
        addStep.setTooltip(new Tooltip("Record what changed since the last step, with this title and narration"));
        finish.setId("record-finish");
        finish.getStyleClass().add("success");
        finish.setTooltip(new Tooltip("Add the walkthrough to the graph and save it into the file"));
        cancel.setId("record-cancel");
        VBox buttons = new VBox(addStep, finish, cancel);
        buttons.getStyleClass().add("record-buttons");
        buttons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        VBox fields = new VBox(stepTitle, narration);
        fields.getStyleClass().add("record-fields");
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox bottom = new HBox(fields, buttons);
        bottom.getStyleClass().add("record-row");
        getChildren().addAll(top, bottom);
    }

    private void initListeners() {
        scenarioTitle.textProperty().bindBidirectional(recorder.scenarioTitleProperty());
        stepTitle.textProperty().bindBidirectional(recorder.stepTitleProperty());
        narration.textProperty().bindBidirectional(recorder.narrationProperty());
        addStep.disableProperty().bind(recorder.canAddStepProperty().not());
        finish.disableProperty().bind(recorder.canFinishProperty().not());
        addStep.setOnAction(e -> {
            recorder.addStep();
            stepTitle.requestFocus();
        });
        finish.setOnAction(e -> save.run());
        cancel.setOnAction(e -> recorder.cancel());
        recorder.pendingProperty().addListener((obs, was, now) -> showPending(now));
        recorder.steps().addListener((javafx.collections.ListChangeListener<Object>) c -> showCount());
        visibleProperty().bind(recorder.recordingProperty());
        managedProperty().bind(recorder.recordingProperty());
        showPending(recorder.pendingProperty().get());
        showCount();
    }

    private void showCount() {
        int n = recorder.steps().size();
        count.setText(n == 1 ? "1 step" : n + " steps");
    }

    private void showPending(RecorderModel.Change change) {
        if (change.isEmpty()) {
            pending.setText("Next step: no change yet — click a service and press Delete to knock it out");
            return;
        }
        StringBuilder text = new StringBuilder("Next step:");
        if (!change.knockOut().isEmpty()) {
            text.append(" knocks out ").append(names(change.knockOut()));
        }
        if (!change.restore().isEmpty()) {
            text.append(change.knockOut().isEmpty() ? " " : "; ").append("restores ").append(names(change.restore()));
        }
        pending.setText(text.toString());
    }

    private static String names(List<ServiceId> ids) {
        return ids.stream().map(ServiceId::value).collect(Collectors.joining(", "));
    }
}
