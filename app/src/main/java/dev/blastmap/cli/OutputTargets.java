package dev.blastmap.cli;

import dev.blastmap.io.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command's outputs go: files, written atomically, or {@code -} for standard output. Checked before
 * any work is done: at most one output on standard output, and none that would overwrite an input.
 */
final class OutputTargets {

    private OutputTargets() {
    }

    /**
     * The problems with these targets, one line each.
     *
     * @param command the command's name, for messages
     * @param targets option name → target ({@code -} or a file); null targets are absent options
     * @param inputs  the input arguments, which no output may overwrite ({@code -} is ignored)
     */
    static List<String> problems(String command, Map<String, String> targets, List<String> inputs) {
        List<String> problems = new ArrayList<>();
        List<String> onStandardOutput = new ArrayList<>();
        targets.forEach((option, target) -> {
            if (target == null) {
                return;
            }
            if (GraphInput.STANDARD_INPUT.equals(target)) {
                onStandardOutput.add(option);
                return;
            }
            for (String input : inputs) {
                if (sameFile(target, input)) {
                    problems.add("blastmap " + command + ": error: " + option + " " + target + " is an input file; "
                            + "writing it would overwrite it");
                }
            }
        });
        if (onStandardOutput.size() > 1) {
            problems.add("blastmap " + command + ": error: only one output can go to standard output (-), and "
                    + String.join(", ", onStandardOutput) + " ask for it; give the others a file");
        }
        return problems;
    }

    /**
     * Writes one output: to standard output for {@code -}, else atomically to the file.
     *
     * @throws BadInputException when the file cannot be written (a missing folder, no permission)
     */
    static void write(String command, String option, String target, AtomicFile.Content content, CommandSpec spec) {
        try {
            if (GraphInput.STANDARD_INPUT.equals(target)) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                content.writeTo(buffer);
                PrintWriter out = spec.commandLine().getOut();
                out.print(buffer.toString(StandardCharsets.UTF_8));
                out.flush();
            } else {
                AtomicFile.write(Path.of(target), content);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("blastmap " + command + ": error: " + option + " " + target
                    + ": no such folder " + Path.of(target).toAbsolutePath().getParent());
        } catch (AccessDeniedException e) {
            throw new BadInputException("blastmap " + command + ": error: " + option + " " + target
                    + ": permission denied");
        } catch (InvalidPathException e) {
            throw new BadInputException("blastmap " + command + ": error: " + option + " " + target
                    + ": not a valid file name");
        } catch (IOException e) {
            throw new BadInputException("blastmap " + command + ": error: " + option + " " + target
                    + ": cannot be written: " + e.getMessage());
        }
    }

    private static boolean sameFile(String output, String input) {
        if (GraphInput.STANDARD_INPUT.equals(input)) {
            return false;
        }
        try {
            Path a = Path.of(output);
            Path b = Path.of(input);
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException | InvalidPathException e) {
            // Not comparable: writing or reading will report what is wrong with the name.
            return false;
        }
    }
}
