package dev.blastmap.cli;

import dev.blastmap.text.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The hint after a usage error: the command or option the user probably meant, for a mistyped one such as
 * {@code analyse} or {@code --knok}. Only close matches are offered, never a guess.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** "did you mean analyze?" for the first mistyped word of {@code args} given to {@code command}; else empty. */
    static Optional<String> hint(CommandLine command, String[] args) {
        List<String> options = new ArrayList<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            options.addAll(List.of(option.names()));
        }
        List<String> commands = new ArrayList<>(command.getSubcommands().keySet());
        for (String arg : args) {
            String word = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (word.length() < 3) {
                continue; // "-" is standard input, "-k" a short option: too short to guess from
            }
            if (word.startsWith("-") && !options.contains(word)) {
                Optional<String> near = nearest(word, options);
                if (near.isPresent()) {
                    return Optional.of("did you mean " + near.get() + " for " + word + "?");
                }
            } else if (!word.startsWith("-") && !commands.isEmpty() && !commands.contains(word)) {
                Optional<String> near = nearest(word, commands);
                if (near.isPresent()) {
                    return Optional.of("did you mean " + near.get() + "?");
                }
            }
        }
        return Optional.empty();
    }

    /** The candidate fewest edits away, if close enough to be a guess worth offering ({@link EditDistance#nearest}). */
    public static Optional<String> nearest(String word, List<String> candidates) {
        return EditDistance.nearest(word, candidates);
    }
}
