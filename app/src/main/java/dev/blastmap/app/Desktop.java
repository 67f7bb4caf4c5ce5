package dev.blastmap.app;

import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.start.SampleCatalog;
import dev.blastmap.app.start.StartPrefetch;
import dev.blastmap.app.window.MainWindow;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application: parses the window's command line and hands the stage to {@link MainWindow}, the
 * composition root. Started by {@code dev.blastmap.Main}.
 */
public final class Desktop extends Application {

    /** Where the app keeps recent files and the theme. */
    static final String PREFERENCES = "/dev/blastmap/app";

    /** The start sample being read before the toolkit starts; set once, before {@link #start}. */
    private static volatile StartPrefetch prefetch;

    /** Opens the window; {@code args} may name a file to open and {@code --knock} services. */
    public static void open(String[] args) {
        try {
            LaunchOptions.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("blastmap: " + e.getMessage());
            System.exit(2);
        }
        // Read and lay out the start sample while JavaFX starts: the slowest part of the launch otherwise.
        prefetch = StartPrefetch.begin(LaunchOptions.parse(java.util.List.of(args)), SampleCatalog.bundled());
        Application.launch(Desktop.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        MainWindow window = new MainWindow(stage, options, Preferences.userRoot().node(PREFERENCES),
                SampleCatalog.bundled());
        window.show(prefetch == null ? StartPrefetch.none() : prefetch);
    }
}
