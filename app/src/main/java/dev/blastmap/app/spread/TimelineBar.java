package dev.blastmap.app.spread;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The bottom bar: play/pause, replay, a slider to scrub through the waves, the simulated clock, the speed,
 * and the counters of what is down at the frame shown. An animation timer feeds the model wall-clock time
 * while it plays.
 */
public final class TimelineBar extends HBox {

    private final PlaybackModel playback;
    private final Button play = new Button("▶ Play");
    private final Button replay = new Button("↺ Replay");
    private final Slider slider = new Slider(0, 0, 0);
    private final Label clock = new Label();
    private final ComboBox<Double> speed = new ComboBox<>();
    private final Label down = counter("down-count");
    private final Label customers = counter("customer-count");
    private final Label weighted = counter("weighted-count");
    private final AnimationTimer timer;
    private long lastNanos = -1;

    /** A bar driving {@code playback}. */
    public TimelineBar(PlaybackModel playback) {
        this.playback = playback;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastNanos >= 0) {
                    playback.tick((now - lastNanos) / 1e9);
                }
                lastNanos = now;
            }
        };
        createView();
        initListeners();
    }

    private static Label counter(String id) {
        Label l = new Label("0");
        l.setId(id);
        l.getStyleClass().add("counter-value");
        return l;
    }

    private void createView() {
        getStyleClass().add("timeline-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        play.setId("play");
        play.getStyleClass().add("accent");
        play.setMinWidth(92);
        play.setTooltip(new Tooltip("Play or pause the spread (Space)"));
        replay.setId("replay");
        replay.getStyleClass().add("accent");
        play.setMinWidth(92);
        replay.setTooltip(new Tooltip("Replay from the start (R)"));
        slider.setId("timeline");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        clock.setId("clock");
        clock.getStyleClass().add("clock");
        clock.setMinWidth(130);
        speed.setId("speed");
        for (double s : PlaybackModel.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : (value == Math.floor(value) ? String.valueOf(value.intValue())
                        : String.valueOf(value)) + "×";
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("×", ""));
            }
        });
        speed.setValue(playback.speedProperty().get());
        speed.setTooltip(new Tooltip("Speed of the replay"));
        speed.setFocusTraversable(false);
        getChildren().addAll(play, replay, slider, clock, speed,
                counterBox(down, "services down"), counterBox(customers, "customer-facing down"),
                counterBox(weighted, "weighted impact"));
    }

    private static VBox counterBox(Label value, String caption) {
        Label c = new Label(caption);
        c.getStyleClass().add("counter-caption");
        VBox box = new VBox(0, value, c);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("counter");
        return box;
    }

    private void initListeners() {
        play.setOnAction(e -> playback.togglePlaying());
        replay.setOnAction(e -> playback.replay());
        play.textProperty().bind(Bindings.when(playback.playingProperty()).then("❚❚ Pause").otherwise("▶ Play"));
        slider.maxProperty().bind(playback.lastFrameProperty());
        slider.disableProperty().bind(playback.lastFrameProperty().isEqualTo(0));
        play.disableProperty().bind(playback.lastFrameProperty().isEqualTo(0));
        replay.disableProperty().bind(playback.lastFrameProperty().isEqualTo(0));
        slider.valueProperty().addListener((obs, was, now) -> {
            int f = (int) Math.round(now.doubleValue());
            if (f != playback.frameProperty().get()) {
                playback.seek(f);
            }
        });
        playback.frameProperty().addListener((obs, was, now) -> slider.setValue(now.intValue()));
        clock.textProperty().bind(playback.clockProperty());
        speed.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                playback.speedProperty().set(now);
            }
        });
        down.textProperty().bind(playback.downProperty().asString());
        customers.textProperty().bind(playback.customerFacingDownProperty().asString());
        weighted.textProperty().bind(Bindings.createStringBinding(
                () -> formatWeight(playback.weightedProperty().get()), playback.weightedProperty()));
        playback.playingProperty().addListener((obs, was, now) -> {
            if (now) {
                lastNanos = -1;
                timer.start();
            } else {
                timer.stop();
            }
        });
        if (playback.playingProperty().get()) {
            timer.start();
        }
    }

    /** A weight as people read it: no decimals for whole numbers, one otherwise. */
    static String formatWeight(double w) {
        return w == Math.rint(w) && Math.abs(w) < 1e15 ? String.valueOf((long) w) : String.format(Locale.ROOT, "%.1f", w);
    }
}
