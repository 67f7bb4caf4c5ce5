package dev.blastmap.app.recovery;

import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.window.MainWindow;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * A Blastmap that opens a file, adds a service, and says {@code EDITED} on standard output once the
 * recovery copy of that edit is on disk; then it waits to be killed. Run in a child JVM by
 * {@link RecoveryOfferTest}.
 */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    /** {@code args[0]}: the file to open. */
    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, LaunchOptions.parse(List.of("--light", args[0])),
                    Preferences.userRoot().node("/dev/blastmap/test/recovery-child"), SampleCatalog.bundled());
            window.show();
            stage.requestFocus();
            window.documents().documentProperty().addListener((obs, was, now) -> {
                if (!now.isEmpty() && !now.graph().contains(dev.blastmap.model.ServiceId.of("service"))) {
                    Platform.runLater(() -> window.edits().model().addService(null));
                }
            });
            Thread watcher = new Thread(() -> {
                while (window.autosave().store().current().isEmpty()) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                System.out.println("EDITED");
                System.out.flush();
            });
            watcher.setDaemon(true);
            watcher.start();
        });
    }
}
