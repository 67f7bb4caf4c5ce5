package dev.blastmap.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --json} option of every subcommand that prints a result: JSON (documented in docs/cli.md) for
 * scripts, or tables and sentences for people. A subcommand mixes it in with {@code @Mixin JsonOption output;}
 * and prints through {@link #print}.
 */
public final class JsonOption {

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** Prints the result to the command's output, as JSON if asked, else as text, and gives exit status 0. */
    int print(Consumer<PrintWriter> asJson, Consumer<PrintWriter> asText) {
        PrintWriter out = spec.commandLine().getOut();
        (json ? asJson : asText).accept(out);
        out.flush();
        return 0;
    }

    /** True when the user asked for JSON. */
    boolean asked() {
        return json;
    }
}
