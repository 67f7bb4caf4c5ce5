package dev.blastmap;

import dev.blastmap.cli.BlastmapCommand;

/**
 * The one entry point of {@code blastmap.jar}. With a subcommand (or {@code --help}/{@code --version}) it runs
 * the command line and never touches JavaFX, so it works on a server without a display; otherwise it opens
 * the desktop app, on the file given if any. It does not extend {@code Application}, so the jar starts with
 * JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line or opens the app. */
    public static void main(String[] args) {
        if (BlastmapCommand.isCommandLine(args)) {
            System.exit(BlastmapCommand.run(args));
        }
        dev.blastmap.app.Desktop.open(args);
    }
}
