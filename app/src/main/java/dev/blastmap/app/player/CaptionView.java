package dev.blastmap.app.player;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The caption of the shown step: its time of day large on the left, with date and elapsed time under it;
 * its title and narration on the right. Presenter mode enlarges it through the {@code presenting} style
 * class of the window. The intro of a walkthrough not yet started shows only while presenting: in the
 * window it would take the canvas's room before anything happens, and the picker already names the
 * walkthrough.
 */
final class CaptionView extends HBox {

    private final Label clock = label("caption-clock");
    private final Label date = label("caption-date");
    private final Label elapsed = label("caption-elapsed");
    private final Label position = label("caption-position");
    private final Label title = label("caption-title");
    private final Label narration = label("caption-narration");
    private final VBox timeBox = new VBox(clock, date, elapsed);

    /** The caption's base font size while presenting on a screen 1080 pixels high. */
    static final double PRESENTER_FONT = 22;

    private final ObservableBooleanValue presenting;

    CaptionView(ObservableValue<Caption> caption, ObservableBooleanValue presenting) {
        this.presenting = presenting;
        createView();
        caption.addListener((obs, was, now) -> show(now));
        presenting.addListener((obs, was, now) -> {
            show(caption.getValue());
            scaleToScreen();
        });
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.heightProperty().addListener((o, w, h) -> scaleToScreen());
            }
            scaleToScreen();
        });
        show(caption.getValue());
    }

    /**
     * While presenting, sizes the caption's text in proportion to the screen's height (the presenter style
     * sheet gives sizes in ems of 22 pixels at 1080 pixels high): a room sees a 720-pixel projector as large as
     * a 1080-pixel one, and the caption must leave the graph most of the screen.
     */
    private void scaleToScreen() {
        double height = getScene() == null ? 0 : getScene().getHeight();
        if (!presenting.get() || height <= 0) {
            setStyle("");
            return;
        }
        setStyle("-fx-font-size: %.1fpx;".formatted(PRESENTER_FONT * Math.max(0.6, Math.min(1.5, height / 1080))));
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(id);
        return l;
    }

    private void createView() {
        getStyleClass().add("player-caption");
        setId("player-caption");
        setAlignment(Pos.TOP_LEFT);
        timeBox.getStyleClass().add("caption-time-box");
        timeBox.setMinWidth(Region.USE_PREF_SIZE);
        narration.setWrapText(true);
        narration.setMinHeight(Region.USE_PREF_SIZE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        position.setMinWidth(Region.USE_PREF_SIZE); // "Step 10 of 20" is never cut by a long title
        HBox heading = new HBox(title, position);
        heading.getStyleClass().add("caption-heading");
        heading.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        VBox text = new VBox(heading, narration);
        text.getStyleClass().add("caption-text-box");
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(timeBox, text);
    }

    private void show(Caption c) {
        Caption shown = c == null ? Caption.none() : c;
        clock.setText(shown.clock());
        date.setText(shown.date());
        elapsed.setText(shown.elapsed());
        elapsed.setVisible(!shown.elapsed().isEmpty());
        position.setText(shown.position());
        title.setText(shown.title());
        narration.setText(shown.narration());
        boolean timed = !shown.clock().isEmpty();
        timeBox.setVisible(timed);
        timeBox.setManaged(timed);
        boolean any = !shown.title().isEmpty() || !shown.narration().isEmpty();
        // A step always has a position ("Step 1 of 15"); only the intro has none.
        boolean intro = shown.position().isEmpty();
        any = any && (!intro || presenting.get());
        setVisible(any);
        setManaged(any);
    }
}
