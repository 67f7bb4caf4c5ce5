package dev.blastmap.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code blastmap} command: its subcommands run headless. */
@Command(name = "blastmap", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = "Shows how one failure spreads through a system. Without a command, opens the app.",
        subcommands = {ReportCommand.class})
public final class BlastmapCommand implements Runnable {

    private static final Set<String> GLOBAL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** True if these arguments ask for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        CommandLine cli = new CommandLine(new BlastmapCommand());
        return cli.getSubcommands().containsKey(args[0]) || GLOBAL_OPTIONS.contains(args[0]);
    }

    /** Runs the command line and returns the exit code: 0 on success, 2 on bad usage or input. */
    public static int run(String[] args) {
        CommandLine cli = new CommandLine(new BlastmapCommand());
        return cli.execute(args);
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BlastmapCommand.class.getPackage().getImplementationVersion();
            return new String[] {"blastmap " + (v == null ? "development build" : v)};
        }
    }
}
