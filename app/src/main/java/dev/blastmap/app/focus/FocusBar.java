package dev.blastmap.app.focus;

import dev.blastmap.analysis.Reachability.Direction;
import dev.blastmap.app.document.GraphDocument;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The bar over the canvas while focused: around which service, how many hops (a slider), which way (dependencies,
 * dependents, both), how many services are shown, and a button that shows everything again.
 */
public final class FocusBar extends VBox {

    private final FocusModel model;
    private final ObservableValue<GraphDocument> document;
    private final Label title = new Label();
    private final Slider depth = new Slider(1, FocusModel.MAX_DEPTH, 1);
    private final Label depthValue = new Label();
    private final ToggleGroup directions = new ToggleGroup();

    /** A bar for {@code model}; labels come from {@code document}. */
    public FocusBar(FocusModel model, ObservableValue<GraphDocument> document) {
        this.model = model;
        this.document = document;
        createView();
        initListeners();
    }

    private void createView() {
        setId("focus-bar");
        getStyleClass().add("focus-bar");
        setSpacing(6);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 6; -fx-padding: 6 10 6 10;"
                + " -fx-border-color: -color-border-default; -fx-border-radius: 6;");
        title.setId("focus-title");
        title.getStyleClass().add("text-bold");
        title.setMaxWidth(460);
        depth.setId("focus-depth");
        depth.setMajorTickUnit(1);
        depth.setMinorTickCount(0);
        depth.setSnapToTicks(true);
        depth.setPrefWidth(100);
        depth.setMinWidth(80);
        depth.setTooltip(new Tooltip("How many dependency hops from the focused service are shown"));
        depthValue.setMinWidth(Label.USE_PREF_SIZE);
        HBox ways = new HBox(0,
                way("Both ways", Direction.BOTH, "What it needs and what needs it"),
                way("Needs", Direction.DEPENDENCIES, "What the focused service depends on, directly or not"),
                way("Needed by", Direction.DEPENDENTS, "What depends on the focused service: where its failure travels"));
        ways.setMinWidth(HBox.USE_PREF_SIZE);
        Button everything = new Button("Show all");
        everything.setId("focus-off");
        everything.setTooltip(new Tooltip("Leave focus mode (Shift+F)"));
        everything.setOnAction(e -> model.activeProperty().set(false));
        everything.setMinWidth(Button.USE_PREF_SIZE);
        HBox controls = new HBox(10, depth, depthValue, ways, everything);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, controls);
    }

    private ToggleButton way(String text, Direction direction, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId("focus-" + direction.name().toLowerCase(java.util.Locale.ROOT));
        b.setToggleGroup(directions);
        b.setUserData(direction);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(ToggleButton.USE_PREF_SIZE);
        b.setSelected(model.directionProperty().get() == direction);
        return b;
    }

    private void initListeners() {
        visibleProperty().bind(model.activeProperty());
        managedProperty().bind(model.activeProperty());
        depth.valueProperty().addListener((obs, was, now) -> model.depthProperty().set((int) Math.round(now.doubleValue())));
        model.depthProperty().addListener((obs, was, now) -> depth.setValue(now.intValue()));
        directions.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.directionProperty().set((Direction) now.getUserData());
            }
        });
        model.shownProperty().addListener((obs, was, now) -> update());
        model.depthProperty().addListener((obs, was, now) -> update());
        update();
    }

    private void update() {
        int hops = model.depthProperty().get();
        depthValue.setText(hops + (hops == 1 ? " hop" : " hops"));
        var center = model.centerProperty().get();
        int count = model.shownProperty().get().size();
        title.setText(center == null ? "Focus" : "Focus: " + document.getValue().label(center) + " · " + count
                + (count == 1 ? " service" : " services"));
    }
}
