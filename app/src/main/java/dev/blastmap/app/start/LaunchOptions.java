package dev.blastmap.app.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line asks of the window: {@code blastmap [FILE] [--sample NAME] [--knock SELECTOR]...
 * [--select ID] [--panel inspector|spof|resilience] [--dark|--light]}. {@code --knock} takes a service id or a domain ({@code region:us-east-1}) and may be
 * repeated or comma-separated; the screenshot script in CI uses it.
 *
 * @param file     the file to open instead of the flagship sample, or null
 * @param sample   the bundled sample to open, or null
 * @param knockOut selectors to knock out once the graph is open
 * @param select   the id of the service to select (and frame) once the graph is open, or null
 * @param panel    the right-hand panel to show first: {@code inspector}, {@code spof} or {@code resilience}; null for the inspector
 * @param dark     true for the dark theme, false for light, null to keep the saved choice
 */
public record LaunchOptions(Path file, String sample, List<String> knockOut, String select, String panel, Boolean dark) {

    private static final List<String> WINDOW_OPTIONS =
            List.of("--knock", "-k", "--select", "--panel", "--sample", "--dark", "--light");

    /** Copies the list. */
    public LaunchOptions {
        knockOut = List.copyOf(knockOut);
    }

    /** Parses the arguments; throws IllegalArgumentException with a readable message on a bad one. */
    public static LaunchOptions parse(List<String> args) {
        Path file = null;
        String sample = null;
        String select = null;
        String panel = null;
        Boolean dark = null;
        List<String> knock = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String inline = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
            String name = inline == null ? a : a.substring(0, a.indexOf('='));
            switch (name) {
                case "--knock", "-k" -> {
                    String value = inline != null ? inline : value(args, ++i, name);
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            knock.add(part.strip());
                        }
                    }
                }
                case "--select" -> select = inline != null ? inline : value(args, ++i, name);
                case "--panel" -> {
                    panel = inline != null ? inline : value(args, ++i, name);
                    if (!List.of("inspector", "spof", "resilience").contains(panel)) {
                        throw new IllegalArgumentException("--panel takes inspector, spof or resilience, not " + panel);
                    }
                }
                case "--sample" -> sample = inline != null ? inline : value(args, ++i, name);
                case "--dark" -> dark = true;
                case "--light" -> dark = false;
                default -> {
                    if (a.startsWith("-")) {
                        String near = dev.blastmap.cli.DidYouMean.nearest(name, WINDOW_OPTIONS)
                                .map(n -> "; did you mean " + n + "?").orElse("");
                        throw new IllegalArgumentException("unknown option " + a + near
                                + "; the window takes [FILE] [--sample NAME] [--knock ID]... [--select ID] [--panel inspector|spof|resilience] [--dark|--light]");
                    }
                    file = Path.of(a);
                }
            }
        }
        return new LaunchOptions(file, sample, knock, select, panel, dark);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return Objects.requireNonNull(args.get(i));
    }

    /** The file to open, if one was given. */
    public Optional<Path> optionalFile() {
        return Optional.ofNullable(file);
    }
}
