package dev.blastmap.app.layout;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Shown in the canvas while a newly opened graph is laid out: a spinner and "Laying out 5,000 services…".
 * It appears only when the layout takes longer than a moment (a bundled sample comes with its layout), and
 * then clears the canvas first, so that the canvas never shows the old graph while the outline and the
 * ranking already show the new one.
 */
public final class LayoutProgress extends VBox {

    private static final Duration DELAY = Duration.millis(250);

    private final Label message = new Label();
    private final PauseTransition delay = new PauseTransition(DELAY);

    /** Hidden until {@link #await} is called. */
    public LayoutProgress() {
        setId("layout-progress");
        getStyleClass().add("layout-progress");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setMouseTransparent(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(56, 56);
        message.getStyleClass().add("layout-progress-text");
        getChildren().addAll(spinner, message);
        setVisible(false);
    }

    /** Waits for the layout of a graph of {@code services}; after a moment shows itself and runs {@code clear}. */
    public void await(int services, Runnable clear) {
        delay.stop();
        delay.setOnFinished(e -> {
            clear.run();
            message.setText(String.format(java.util.Locale.ROOT, "Laying out %,d services…", services));
            setVisible(true);
        });
        delay.playFromStart();
    }

    /** The layout is shown: hides itself, or never appears. */
    public void done() {
        delay.stop();
        setVisible(false);
    }
}
