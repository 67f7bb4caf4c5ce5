package dev.blastmap;

import dev.blastmap.app.start.ArchivedRelaunch;
import dev.blastmap.cli.BlastmapCommand;

/**
 * The one entry point of {@code blastmap.jar}. With a subcommand (or {@code --help}/{@code --version}) it runs
 * the command line and never touches JavaFX, so it works on a server without a display; otherwise it opens
 * the desktop app, on the file given if any, in a JVM started with the app's class-data-sharing archive
 * when the build left one beside the jar ({@link ArchivedRelaunch}). It does not extend {@code Application},
 * so the jar starts with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line or opens the app. */
    public static void main(String[] args) {
        if (BlastmapCommand.isCommandLine(args)) {
            System.exit(BlastmapCommand.run(args));
        }
        ArchivedRelaunch.run(args).ifPresent(System::exit);
        dev.blastmap.app.Desktop.open(args);
    }
}
