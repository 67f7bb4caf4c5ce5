package dev.blastmap.app.work;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The line at the bottom of the window: a message on the left, and while background work runs its progress
 * and a Cancel button.
 */
public final class StatusBar extends HBox {

    private final BackgroundTasks tasks;
    private final Label message = new Label();
    private final Label taskMessage = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    /** A status bar showing the work of {@code tasks}. */
    public StatusBar(BackgroundTasks tasks) {
        this.tasks = tasks;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("status-bar");
        message.getStyleClass().add("status-message");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        progress.setPrefWidth(160);
        progress.setId("task-progress");
        cancel.setId("task-cancel");
        cancel.getStyleClass().add("small");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        getChildren().addAll(message, taskMessage, progress, cancel);
        showTask(null);
    }

    private void initListeners() {
        tasks.shownProperty().addListener((obs, was, now) -> showTask(now));
    }

    private void showTask(Task<?> task) {
        boolean busy = task != null;
        // Hidden but kept in the layout: the bar keeps its height, so the walkthrough's buttons above it stay put
        // while background work comes and goes.
        for (var n : new javafx.scene.Node[] {taskMessage, progress, cancel}) {
            n.setVisible(busy);
        }
        taskMessage.textProperty().unbind();
        progress.progressProperty().unbind();
        if (busy) {
            taskMessage.textProperty().bind(task.messageProperty());
            progress.progressProperty().bind(task.progressProperty());
            cancel.setOnAction(e -> task.cancel());
        }
    }

    /** The text on the left: what is open and what the pointer is over. */
    public Label message() {
        return message;
    }
}
