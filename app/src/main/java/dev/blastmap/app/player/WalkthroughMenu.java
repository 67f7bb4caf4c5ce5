package dev.blastmap.app.player;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The Walkthrough menu: the player's commands where people look for them, with their keys in the text.
 * The keys themselves are handled by {@link Player} (they must work in presenter mode, where the menus are
 * hidden), so the items carry no accelerators that would fire a second time.
 */
final class WalkthroughMenu extends Menu {

    WalkthroughMenu(PlayerViewModel player, RecorderModel recorder, PresenterModel presenter) {
        super("Walkthrough");
        setId("walkthrough-menu");
        MenuItem next = new MenuItem("Next Step  (→, Space, Page Down)");
        next.setOnAction(e -> player.next());
        next.disableProperty().bind(player.canNextProperty().not().or(recorder.recordingProperty()));
        MenuItem previous = new MenuItem("Previous Step  (←, Page Up)");
        previous.setOnAction(e -> player.previous());
        previous.disableProperty().bind(player.canPreviousProperty().not().or(recorder.recordingProperty()));
        MenuItem restart = new MenuItem("Back to the Start");
        restart.setOnAction(e -> player.goTo(-1));
        restart.disableProperty().bind(player.canPreviousProperty().not().or(recorder.recordingProperty()));
        MenuItem play = new MenuItem();
        play.textProperty().bind(Bindings.when(player.playingProperty()).then("Pause  (P)").otherwise("Auto-play  (P)"));
        play.setOnAction(e -> player.togglePlay());
        play.disableProperty().bind(player.activeProperty().not().or(recorder.recordingProperty()));
        MenuItem present = new MenuItem();
        present.textProperty().bind(Bindings.when(presenter.presentingProperty())
                .then("Leave Presenter Mode  (Esc)").otherwise("Presenter Mode  (F5)"));
        present.setOnAction(e -> presenter.toggle());
        MenuItem record = new MenuItem("Record a Walkthrough…");
        record.setOnAction(e -> {
            player.pause();
            recorder.start();
        });
        record.disableProperty().bind(recorder.recordingProperty());
        getItems().addAll(next, previous, restart, play, new SeparatorMenuItem(), present, new SeparatorMenuItem(), record);
    }
}
