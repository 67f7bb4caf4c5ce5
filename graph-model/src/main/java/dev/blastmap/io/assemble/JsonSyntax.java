package dev.blastmap.io.assemble;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.json.JsonReaderPosition;
import java.io.EOFException;
import java.io.IOException;

/**
 * Gson's syntax errors as located problems, for the foreign JSON readers, which stream their documents with
 * Gson's reader and build no tree: a reader walks the document inside {@link #read}, and whatever Gson refuses
 * on the way (a {@link MalformedJsonException}, an {@link EOFException} at a cut-off end, a
 * {@link NumberFormatException}) becomes one problem at the line and column Gson names.
 */
public final class JsonSyntax {

    private JsonSyntax() {
    }

    /** A walk through a document that returns what it read. */
    @FunctionalInterface
    public interface Walk<T> {
        /** Reads the document's one top-level value. */
        T walk() throws GraphImportException, IOException;
    }

    /**
     * Runs a walk over a document's top-level value, then expects the end of the text.
     *
     * @param format the format's name for problems, e.g. {@code Zipkin}
     * @throws GraphImportException if the walk reports one, or the text is not well-formed JSON
     */
    public static <T> T read(JsonReader reader, String source, String format, Walk<T> walk)
            throws GraphImportException, IOException {
        try {
            T result = walk.walk();
            boolean more;
            try {
                more = reader.peek() != JsonToken.END_DOCUMENT;
            } catch (MalformedJsonException e) {
                more = true; // a strict reader refuses a second value with advice to be lenient: say what it means
            }
            if (more) {
                long at = JsonReaderPosition.of(reader);
                throw GraphImportException.of(source, JsonReaderPosition.line(at), JsonReaderPosition.column(at),
                        format + ": more text after the end of the JSON document");
            }
            return result;
        } catch (EOFException | MalformedJsonException | NumberFormatException e) {
            throw syntaxError(e, JsonReaderPosition.of(reader), source, format);
        }
    }

    /**
     * The problem a Gson syntax error (a {@link MalformedJsonException}, an {@link EOFException} at a cut-off
     * end, a {@link NumberFormatException}) stands for, at the line and column Gson names.
     */
    public static GraphImportException syntaxError(Exception e, String source, String format) {
        return syntaxError(e, JsonReaderPosition.inMessage(e.getMessage()), source, format);
    }

    private static GraphImportException syntaxError(Exception e, long at, String source, String format) {
        int line = JsonReaderPosition.line(at);
        int column = JsonReaderPosition.column(at);
        if (e instanceof EOFException) {
            return GraphImportException.of(source, line, column, format + ": the file ends too early; is it truncated?");
        }
        String problem = e.getMessage() == null ? "malformed" : JsonReaderPosition.withoutLocation(e.getMessage(), at);
        String hint = problem.startsWith("Unterminated") ? "; is the file truncated?" : "";
        return GraphImportException.of(source, line, column, format + ": not valid JSON: " + problem + hint);
    }

    /** The line a streaming reader is at; see {@link JsonReaderPosition}. */
    public static int lineOf(JsonReader reader) {
        return JsonReaderPosition.line(JsonReaderPosition.of(reader));
    }
}
