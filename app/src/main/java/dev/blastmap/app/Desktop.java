package dev.blastmap.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. A placeholder window until the desktop-app issue lands. */
public final class Desktop extends Application {

    /** Opens the window; {@code args} may name a file to open. */
    public static void open(String[] args) {
        Application.launch(Desktop.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Blastmap");
        stage.setScene(new Scene(new Label("Blastmap"), 1200, 800));
        stage.show();
    }
}
