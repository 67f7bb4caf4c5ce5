package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class BlastmapCommandTest {

    @Test
    void noArgumentsOrAFileOpenTheWindow() {
        assertThat(BlastmapCommand.isCommandLine(new String[0])).isFalse();
        assertThat(BlastmapCommand.isCommandLine(new String[] {"graph.blastmap.json"})).isFalse();
    }

    @Test
    void aBareWordThatIsNoFileIsAMistypedCommandNotAWindow() {
        assertThat(BlastmapCommand.isCommandLine(new String[] {"analyse", "x.json"})).isTrue();
        assertThat(BlastmapCommand.isCommandLine(new String[] {"pom.xml"})).isFalse();
        assertThat(BlastmapCommand.isCommandLine(new String[] {"--dark"})).isFalse();
    }

    @Test
    void versionAndHelpRunHeadless() {
        assertThat(BlastmapCommand.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(BlastmapCommand.run(new String[] {"--version"})).isZero();
    }

    @Test
    void theSubcommandsNamedAreTheOnesPicocliKnows() {
        assertThat(BlastmapCommand.subcommandNames())
                .isEqualTo(new picocli.CommandLine(new BlastmapCommand()).getSubcommands().keySet())
                .contains("analyze", "rank", "report", "availability");
    }

    @Test
    void analyzeAndRankAreCommandLineCommands() {
        assertThat(BlastmapCommand.isCommandLine(new String[] {"analyze", "x.json"})).isTrue();
        assertThat(BlastmapCommand.isCommandLine(new String[] {"rank", "x.json"})).isTrue();
    }

    @Test
    void anUnknownCommandOrOptionIsBadUsageOnOneLine() {
        CommandRun r = CommandRun.run("rank", "--frobnicate", "x.json");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "blastmap rank: Unknown option: '--frobnicate' (see blastmap rank --help)");
    }

    @Test
    void anUnexpectedFailurePrintsOneLineAndNoStackTrace() {
        CommandRun r = CommandRun.run("", cli -> {
            cli.addSubcommand(new Exploding());
            cli.setErr(cli.getErr()); // hands the captured stream to the subcommand added after it was set
        }, "explode");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
                "blastmap: internal error: java.lang.IllegalStateException: boom (please report this)");
    }

    @Test
    void withoutACommandItPrintsUsage() {
        CommandRun r = CommandRun.run();

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: blastmap", "analyze", "rank");
    }

    /** A subcommand with a bug. */
    @Command(name = "explode")
    static final class Exploding implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aMistypedCommandOrOptionIsAnsweredWithWhatWasProbablyMeant() {
        CommandRun command = CommandRun.run("analyse", "x.json");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.errLines()).singleElement().asString().contains("did you mean analyze?");
        CommandRun option = CommandRun.run("analyze", "x.json", "--knok", "dns");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.errLines()).singleElement().asString().contains("did you mean --knock for --knok?");
    }

    @Test
    void theHelpListsTheWindowsOptionsToo() {
        CommandRun help = CommandRun.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--sample NAME", "--dark, --light", "--panel inspector|spof",
                "--select ID");
    }

    @Test
    void theHelpFitsEightyColumnsAndBreaksItsLinesOnlyBetweenWords() {
        CommandRun help = CommandRun.run("--help");
        java.util.List<String> lines = help.out().lines().toList();

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        assertThat(lines).as("whole tokens on one line").anySatisfy(l -> assertThat(l).contains("online-boutique.blastmap.json"))
                .anySatisfy(l -> assertThat(l).contains("(region:us-east-1,"))
                .anySatisfy(l -> assertThat(l).contains("[--panel inspector|spof] [--dark|--light]"));
        // A line that wraps onto the next continues indented; picocli's own wrapping of a long footer line
        // restarts at the margin, in the middle of a token ("online-boutique.⏎blastmap.json").
        int window = lines.indexOf("Without a command, opens the window:");
        assertThat(window).isPositive();
        assertThat(lines.subList(window + 1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("  "));
    }
}
