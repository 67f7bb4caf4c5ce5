package dev.blastmap.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * One in-process run of the {@code blastmap} command line, configured exactly as {@code main} configures it,
 * with standard input, output and error captured.
 *
 * @param exitCode the exit code
 * @param out      what it printed on standard output
 * @param err      what it printed on standard error
 */
record CommandRun(int exitCode, String out, String err) {

    /** Runs the command line with empty standard input. */
    static CommandRun run(String... args) {
        return runWithInput("", args);
    }

    /** Runs the command line with this text on standard input. */
    static CommandRun runWithInput(String stdin, String... args) {
        return run(stdin, cli -> { }, args);
    }

    /** Runs the command line after adjusting it (adding a test subcommand, say). */
    static CommandRun run(String stdin, Consumer<CommandLine> adjust, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BlastmapCommand.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        adjust.accept(cli);
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Standard error, line by line. */
    List<String> errLines() {
        return err.lines().toList();
    }
}
