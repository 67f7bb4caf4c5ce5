package dev.blastmap.app.window;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The narrow strip at the window's right edge that the right-hand tabs fold into, as the tool-window bars of
 * IDEs and diagram editors do: folded, it shows one upright button per tab, which unfolds that tab; unfolded,
 * only a » button, which folds the tabs away again.
 */
final class PanelStrip {

    /** The key that folds and unfolds the side panels, as a menu accelerator (Ctrl+B, as in VS Code). */
    static final String KEY = "Shortcut+B";
    /** The key as the tooltips name it. */
    private static final String KEY_NAME = javafx.scene.input.KeyCombination.keyCombination(KEY).getDisplayText();

    private final VBox box = new VBox(6);
    private final Button toggle = new Button();
    private final List<Button> tabs = new ArrayList<>();

    /** A strip for the tabs with these titles; {@code open} unfolds a tab by its index (-1: the tab shown last), {@code fold} folds them. */
    PanelStrip(List<String> titles, IntConsumer open, Runnable fold) {
        box.setId("panel-strip");
        box.getStyleClass().add("panel-strip");
        box.setAlignment(Pos.TOP_CENTER);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setStyle("-fx-padding: 6 3 6 3; -fx-border-color: transparent transparent transparent -color-border-default;");
        toggle.setId("panel-strip-toggle");
        toggle.setFocusTraversable(false);
        toggle.setOnAction(e -> {
            if (tabs.get(0).isVisible()) {
                open.accept(-1);
            } else {
                fold.run();
            }
        });
        box.getChildren().add(toggle);
        for (int i = 0; i < titles.size(); i++) {
            Label title = new Label(titles.get(i));
            title.setRotate(90);
            Button b = new Button(null, new Group(title));
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip("Show " + titles.get(i) + " (" + KEY_NAME + " shows the panel shown last)"));
            int index = i;
            b.setOnAction(e -> open.accept(index));
            tabs.add(b);
        }
        box.getChildren().addAll(tabs);
        showFolded(true);
    }

    /** The strip, for the window's layout. */
    VBox node() {
        return box;
    }

    /** Shows the tab buttons and a « button when the tabs are folded, else only a » button. */
    void showFolded(boolean folded) {
        toggle.setText(folded ? "«" : "»");
        toggle.setTooltip(new Tooltip((folded ? "Show the side panel (" : "Hide the side panel (") + KEY_NAME + ")"));
        for (Button b : tabs) {
            b.setVisible(folded);
            b.setManaged(folded);
        }
    }
}
