package dev.blastmap.io.formats;

import dev.blastmap.io.GraphReader;
import dev.blastmap.io.GraphWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A file format Blastmap reads, writes, or both.
 *
 * @param name        short name used by {@code --from}/{@code --to}, e.g. {@code graphml}
 * @param description what it is, for help and error messages
 * @param extensions  file name endings that select it, lower case, without the leading dot
 * @param reader      its reader, or null if it is write-only
 * @param writer      its writer, or null if it is read-only
 * @param sniffer     true if the first few kilobytes of a file look like this format
 */
public record GraphFormat(String name, String description, List<String> extensions, GraphReader reader,
                          GraphWriter writer, Predicate<String> sniffer) {

    /** Validates the format. */
    public GraphFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(sniffer, "sniffer");
        if (reader == null && writer == null) {
            throw new IllegalArgumentException(name + " neither reads nor writes");
        }
    }

    /** Its reader, if it reads. */
    public Optional<GraphReader> optionalReader() {
        return Optional.ofNullable(reader);
    }

    /** Its writer, if it writes. */
    public Optional<GraphWriter> optionalWriter() {
        return Optional.ofNullable(writer);
    }

    /** True if the file name ends with one of its extensions. */
    public boolean matchesName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }
}
