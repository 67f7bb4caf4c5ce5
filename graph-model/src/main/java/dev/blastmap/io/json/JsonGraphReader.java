package dev.blastmap.io.json;

import com.google.gson.stream.MalformedJsonException;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.Problem;
import dev.blastmap.io.ProblemList;
import dev.blastmap.io.ReadResult;
import java.io.EOFException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Reads the native format, {@code *.blastmap.json}; see docs/format.md.
 *
 * <p>The document is streamed with a strict Gson reader and decoded straight into the model, so memory stays
 * proportional to the graph, not to the text; a document longer than {@link GraphReader#MAX_FILE_BYTES}
 * characters is refused. Every content problem (unknown or repeated ids, self-dependencies, impossible
 * {@code atLeast}, bad durations or times, wrong types) is reported at once with its JSON path, line and
 * column, and the file is refused whole; unknown fields are warnings. A syntax error (truncated text, not
 * JSON at all) is reported alone, as one problem at the line where the text stops making sense.
 */
public final class JsonGraphReader implements GraphReader {

    /** Makes a reader; it keeps no state between reads. */
    public JsonGraphReader() {
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        ProblemList problems = new ProblemList(source);
        JsonCursor cursor = new JsonCursor(new BoundedReader(in, GraphReader.MAX_FILE_BYTES), problems);
        GraphDecoder decoder = new GraphDecoder(cursor, problems);
        try {
            decoder.document();
            cursor.expectEnd();
        } catch (MalformedJsonException | EOFException e) {
            throw syntaxError(source, e, cursor.here());
        } catch (CharacterCodingException e) {
            throw GraphImportException.of(source, 0, 0, "the file is not UTF-8 text; a Blastmap file is JSON in UTF-8");
        } catch (BoundedReader.TooLong e) {
            throw GraphImportException.of(source, 0, 0, "the text is longer than " + (GraphReader.MAX_FILE_BYTES >> 20)
                    + " MiB; Blastmap reads graphs of at most that size");
        }
        decoder.checkReferences();
        if (problems.hasErrors()) {
            throw problems.refusal();
        }
        return decoder.result(problems.warnings());
    }

    /**
     * One problem for a document that is not JSON, in words rather than Gson's, where the cursor stood when Gson
     * threw (the place its message names).
     */
    private static GraphImportException syntaxError(String source, IOException e, Position at) {
        int line = at.line();
        int column = at.column();
        String path = at.path();
        String what = JsonReaderPosition.withoutLocation(e.getMessage(),
                JsonReaderPosition.pack(line, column));
        String message;
        if (e instanceof EOFException) {
            message = line <= 1 && column <= 1 ? "the file is empty; a Blastmap file is a JSON object"
                    : "not valid JSON: the text ends before the JSON does (is the file cut short?)";
        } else if (what.startsWith("Use JsonReader.setStrictness") || what.startsWith("Use JsonReader.setLenient")) {
            message = "not valid JSON here (comments, single quotes, unquoted names, trailing commas, NaN and"
                    + " text after the end are not allowed)";
        } else if (what.startsWith("Nesting limit")) {
            message = "not a Blastmap file: values are nested more than " + JsonCursor.NESTING_LIMIT + " levels deep";
        } else if (what.isEmpty()) {
            message = "not valid JSON";
        } else {
            message = "not valid JSON: " + Character.toLowerCase(what.charAt(0)) + what.substring(1);
        }
        return new GraphImportException(List.of(Problem.error(source, line, column, path, message)));
    }

    /** A reader that refuses to deliver more than a fixed number of characters. */
    private static final class BoundedReader extends FilterReader {

        /** Thrown when the limit is passed; never leaves {@link JsonGraphReader}. */
        static final class TooLong extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private long remaining;

        BoundedReader(Reader in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && --remaining < 0) {
                throw new TooLong();
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw new TooLong();
                }
            }
            return n;
        }
    }
}
