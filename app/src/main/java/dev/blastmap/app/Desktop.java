package dev.blastmap.app;

import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
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
        if (!hasDisplay()) {
            System.err.println("blastmap: there is no display to open the window on (DISPLAY is not set); "
                    + "run a command instead, for example: blastmap analyze GRAPH --knock ID (see blastmap --help)");
            System.exit(2);
        }
        // The canvas paints its picture with Java2D into an image, never into an AWT window: headless Java2D
        // needs no X11 connection of its own (and none at all under Wayland) and starts faster.
        System.setProperty("java.awt.headless", "true");
        // Read and lay out the start sample while JavaFX starts: the slowest part of the launch otherwise.
        prefetch = StartPrefetch.begin(LaunchOptions.parse(java.util.List.of(args)), SampleCatalog.bundled());
        Application.launch(Desktop.class, args);
    }

    /** False on Linux without an X11 or Wayland display, where JavaFX would fail with a stack trace. */
    static boolean hasDisplay() {
        if (!System.getProperty("os.name", "").startsWith("Linux") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        MainWindow window = new MainWindow(stage, options, Preferences.userRoot().node(PREFERENCES),
                SampleCatalog.bundled());
        window.show(prefetch == null ? StartPrefetch.none() : prefetch);
    }
}
