package dev.blastmap.app.window;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the window goes on the screen and how big it starts. */
final class ScreenPlacement {

    private ScreenPlacement() {
    }

    /** The first size of the scene: at most 1440 × 900, never more than the screen. */
    static double[] sceneSize() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new double[] {Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight())};
    }

    /**
     * Sets the smallest size and, on a screen not much bigger than the window, maximises it: a maximised
     * window is what people want there anyway.
     */
    static void place(Stage stage) {
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (screen.getWidth() < 1700 || screen.getHeight() < 1050) {
            // Without a window manager (a bare X server) maximising does nothing, so also take the bounds.
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
        }
    }
}
