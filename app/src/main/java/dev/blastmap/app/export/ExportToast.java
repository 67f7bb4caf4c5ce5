package dev.blastmap.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * The note that an export was written: the file's name, Open Folder (the system's file manager, on a thread
 * of its own) and a close button. It removes itself from its parent after ten seconds.
 */
public final class ExportToast extends HBox {

    private static final Duration SHOWN = Duration.seconds(10);

    private final Path file;

    /** A note for this written file. */
    public ExportToast(Path file) {
        this.file = file.toAbsolutePath();
        createView();
    }

    private void createView() {
        setId("export-toast");
        getStyleClass().add("export-toast");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label text = new Label("Saved " + file.getFileName());
        text.getStyleClass().add("export-toast-text");
        Button open = new Button("Open Folder");
        open.setId("export-open-folder");
        open.setOnAction(e -> openFolder(file.getParent()));
        Button close = new Button("✕");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> dismiss());
        getChildren().addAll(text, open, close);
    }

    /** Adds the note to {@code parent} and takes it away after ten seconds. */
    public void showIn(Pane parent) {
        parent.getChildren().removeIf(n -> n instanceof ExportToast);
        parent.getChildren().add(this);
        PauseTransition wait = new PauseTransition(SHOWN);
        wait.setOnFinished(e -> dismiss());
        wait.play();
    }

    private void dismiss() {
        if (getParent() instanceof Pane parent) {
            parent.getChildren().remove(this);
        }
    }

    /** The command that shows a folder in the system's file manager. */
    static List<String> openCommand(Path folder, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("explorer", folder.toString());
        }
        if (os.contains("mac")) {
            return List.of("open", folder.toString());
        }
        return List.of("xdg-open", folder.toString());
    }

    private static void openFolder(Path folder) {
        Thread opener = new Thread(() -> {
            try {
                new ProcessBuilder(openCommand(folder, System.getProperty("os.name", ""))).inheritIO().start();
            } catch (IOException e) {
                // No file manager to hand: the note already names the file, and the folder is where it was chosen.
            }
        }, "open-folder");
        opener.setDaemon(true);
        opener.start();
    }
}
