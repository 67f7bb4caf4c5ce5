package dev.blastmap.app.player;

import dev.blastmap.model.Scenario;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The walkthrough bar above the timeline: the caption of the shown step, the recorder's panel while recording,
 * then the scenario picker, previous / next / play, Record and Present, which stay put whatever the caption's
 * height. It owns the clock that
 * advances the player while it plays; the player model decides how long each step stays.
 */
public final class PlayerBar extends VBox {

    private final PlayerViewModel player;
    private final RecorderModel recorder;
    private final PresenterModel presenter;
    private final ComboBox<Scenario> scenarios = new ComboBox<>();
    private final Button previous = new Button("◀");
    private final Button next = new Button("Next ▶");
    private final Button play = new Button("Auto-play");
    private final Button record = new Button("● Record");
    private final Button present = new Button("Present");
    private final HBox controls = new HBox();
    private final PauseTransition clock = new PauseTransition();

    /** A bar for {@code player}; {@code save} finishes a recording and saves it into the file. */
    public PlayerBar(PlayerViewModel player, RecorderModel recorder, PresenterModel presenter, Runnable save) {
        this.player = player;
        this.recorder = recorder;
        this.presenter = presenter;
        createView(save);
        initListeners();
    }

    private void createView(Runnable save) {
        getStyleClass().add("player-bar");
        setId("player-bar");
        Label label = new Label("Walkthrough");
        label.getStyleClass().add("player-label");
        scenarios.setId("player-scenarios");
        scenarios.setItems(player.scenarios());
        scenarios.setPromptText("This graph has no walkthroughs");
        scenarios.setButtonCell(new ScenarioCell("This graph has no walkthroughs", false));
        scenarios.setCellFactory(list -> new ScenarioCell(null, true));
        scenarios.setPrefWidth(460);
        scenarios.setMaxWidth(560);
        scenarios.setFocusTraversable(false);
        previous.setId("player-previous");
        previous.setTooltip(new Tooltip("Previous step (← or Page Up)"));
        next.setId("player-next");
        next.getStyleClass().add("accent");
        next.setTooltip(new Tooltip("Next step (→, Space or Page Down; presentation clickers send these)"));
        play.setId("player-play");
        play.setMinWidth(96);
        play.setTooltip(new Tooltip("Walk through the steps by themselves, each long enough to read aloud (P)"));
        record.setId("player-record");
        record.getStyleClass().add("danger");
        record.setTooltip(new Tooltip("Record your own knockouts as a new walkthrough"));
        present.setId("player-present");
        present.setTooltip(new Tooltip("Presenter mode: full screen, large captions (F5; Esc leaves)"));
        for (Button b : new Button[] {previous, next, play, record, present}) {
            b.setFocusTraversable(false);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        controls.getChildren().addAll(label, scenarios, previous, next, play, spacer, record, present);
        controls.getStyleClass().add("player-controls");
        controls.setId("player-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        // The controls go last, on the timeline below, so that a caption growing or shrinking from one step to the
        // next moves the graph's edge and never the Next button under the presenter's pointer.
        getChildren().addAll(new CaptionView(player.captionProperty(), presenter.presentingProperty()), new RecordPanel(recorder, save), controls);
    }

    private void initListeners() {
        scenarios.valueProperty().bindBidirectional(player.scenarioProperty());
        scenarios.disableProperty().bind(Bindings.isEmpty(player.scenarios()).or(recorder.recordingProperty()));
        previous.disableProperty().bind(player.canPreviousProperty().not());
        next.disableProperty().bind(player.canNextProperty().not());
        play.disableProperty().bind(player.activeProperty().not());
        play.textProperty().bind(Bindings.when(player.playingProperty()).then("❚❚ Pause").otherwise("Auto-play"));
        record.disableProperty().bind(recorder.recordingProperty());
        previous.setOnAction(e -> player.previous());
        next.setOnAction(e -> player.next());
        play.setOnAction(e -> player.togglePlay());
        record.setOnAction(e -> {
            player.pause();
            recorder.start();
        });
        present.setOnAction(e -> presenter.toggle());
        present.textProperty().bind(Bindings.when(presenter.presentingProperty()).then("Leave (Esc)").otherwise("Present"));
        // The clickers drive the player in presenter mode; the buttons would only be in the way.
        controls.visibleProperty().bind(presenter.presentingProperty().not());
        controls.managedProperty().bind(presenter.presentingProperty().not());

        clock.setOnFinished(e -> player.next());
        player.playingProperty().addListener((obs, was, now) -> restartClock());
        player.indexProperty().addListener((obs, was, now) -> restartClock());
    }

    private void restartClock() {
        clock.stop();
        if (player.playingProperty().get()) {
            clock.setDuration(Duration.millis(player.dwell().toMillis()));
            clock.playFromStart();
        }
    }

    /** Shows a scenario by its title, in the list with its number of steps. */
    private static final class ScenarioCell extends ListCell<Scenario> {
        private final String placeholder;
        private final boolean withSteps;

        ScenarioCell(String placeholder, boolean withSteps) {
            this.placeholder = placeholder;
            this.withSteps = withSteps;
        }

        @Override
        protected void updateItem(Scenario item, boolean empty) {
            super.updateItem(item, empty);
            // A button cell replaces the combo box's prompt text, so it shows the placeholder itself.
            setText(empty || item == null ? placeholder
                    : withSteps ? item.title() + " · " + item.steps().size() + " steps" : item.title());
        }
    }
}
