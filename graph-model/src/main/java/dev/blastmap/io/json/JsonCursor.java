package dev.blastmap.io.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A strict Gson {@link JsonReader} that knows where each value starts and turns type mismatches into
 * problems instead of exceptions: a value of the wrong type is reported, skipped, and read as null.
 * Syntax errors still throw Gson's {@code MalformedJsonException}; the reader turns those into one problem.
 *
 * <p>The foreign JSON readers (Kiali, Cytoscape, Jaeger and Zipkin, X-Ray, terraform) stream through a cursor
 * made by {@link #foreign}: they walk its Gson {@link #reader()} with {@link #fields}, {@link #items} and
 * {@link #scalar}, ask {@link #at()} where a record starts, and report problems in their own words.
 */
public final class JsonCursor {

    /** Deep enough for any Blastmap file with nested unknown fields; Gson's own default. */
    static final int NESTING_LIMIT = 255;

    private final JsonReader json;
    private final ProblemList problems;

    JsonCursor(Reader in, ProblemList problems) {
        this.json = new JsonReader(in);
        this.json.setStrictness(Strictness.STRICT);
        this.json.setNestingLimit(NESTING_LIMIT);
        this.problems = problems;
    }

    /**
     * Reads the fields of an object one by one. Positions cost a little (see {@link #position()}), so a
     * handler asks for one only when it needs it, before it reads the value.
     */
    interface FieldHandler {
        /**
         * Reads the value of one field.
         *
         * @return false, without reading anything, if the field is unknown
         */
        boolean field(String name) throws IOException;
    }

    /** Reads the elements of an array one by one. */
    interface ElementHandler {
        /** Reads element {@code index}; {@link #position()} is where it starts until it is read. */
        void element(int index) throws IOException;
    }

    /**
     * A cursor for a foreign reader: Gson's reader with the strictness Gson has always applied to other tools'
     * JSON ({@code LEGACY_STRICT}) and the same nesting limit; problems are the caller's to report.
     */
    public static JsonCursor foreign(Reader in) {
        JsonCursor cursor = new JsonCursor(in, new ProblemList(""));
        cursor.json.setStrictness(Strictness.LEGACY_STRICT);
        return cursor;
    }

    /** The Gson reader underneath, for a foreign reader that walks the document itself. */
    public JsonReader reader() {
        return json;
    }

    /** Where the next value starts, as {@link #position()} finds it: 1-based line and column. */
    public SourcePosition at() throws IOException {
        Position p = position();
        return new SourcePosition(Math.max(1, p.line()), Math.max(0, p.column()));
    }

    /**
     * Reads a field of an object; for {@link #fields}.
     *
     * @param <E> what the reader may throw besides {@link IOException}, such as a refusal of the file
     */
    @FunctionalInterface
    public interface FieldReader<E extends Exception> {
        /** Reads (or skips) the value of the field {@code name}, which the cursor stands before. */
        void field(String name) throws IOException, E;
    }

    /**
     * Reads an item of an array; for {@link #items}.
     *
     * @param <E> what the reader may throw besides {@link IOException}, such as a refusal of the file
     */
    @FunctionalInterface
    public interface ItemReader<E extends Exception> {
        /** Reads (or skips) item {@code index}, which starts at {@code at}. */
        void item(int index, SourcePosition at) throws IOException, E;
    }

    /**
     * Reads an object field by field, any field allowed.
     *
     * @return false, having skipped the value, if it is not an object
     */
    public <E extends Exception> boolean fields(FieldReader<E> reader) throws IOException, E {
        if (json.peek() != JsonToken.BEGIN_OBJECT) {
            json.skipValue();
            return false;
        }
        json.beginObject();
        while (json.hasNext()) {
            reader.field(json.nextName());
        }
        json.endObject();
        return true;
    }

    /**
     * Reads an array item by item, each with where it starts (a position costs a little: items are records).
     *
     * @return false, having skipped the value, if it is not an array
     */
    public <E extends Exception> boolean items(ItemReader<E> reader) throws IOException, E {
        if (json.peek() != JsonToken.BEGIN_ARRAY) {
            json.skipValue();
            return false;
        }
        json.beginArray();
        for (int i = 0; json.hasNext(); i++) {
            reader.item(i, at());
        }
        json.endArray();
        return true;
    }

    /**
     * Reads a string, number or boolean as its text (a number as written); skips anything else and returns
     * null for it, as for {@code null}.
     */
    public String scalar() throws IOException {
        switch (json.peek()) {
            case STRING, NUMBER -> {
                return json.nextString();
            }
            case BOOLEAN -> {
                return String.valueOf(json.nextBoolean());
            }
            case NULL -> json.nextNull();
            default -> json.skipValue();
        }
        return null;
    }

    /** The next token. */
    JsonToken peek() throws IOException {
        return json.peek();
    }

    /**
     * Where the next value starts, with its JSON path. Gson has no public accessor for this, but its
     * {@code toString()} ends with " at line L column C path P", counting (after a peek) from just after the
     * opening quote or bracket of a string, object or array. Building that text costs about a microsecond,
     * so callers ask only when they need a position. For a number, true, false or null, Gson may already
     * have read past the literal when peeking, so this is only roughly right; {@link #numberText} and the
     * type checks locate literals exactly.
     */
    Position position() throws IOException {
        JsonToken token = json.peek();
        boolean consumedOpening = token == JsonToken.STRING || token == JsonToken.NAME
                || token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY;
        return location(consumedOpening ? 1 : 0);
    }

    /** Where the literal just read started, given its text and the path it had before it was read. */
    private Position afterLiteral(String text, String path) {
        Position end = location(text.length());
        return new Position(end.line(), end.column(), path);
    }

    /** Where the name just read starts: Gson stands right after its closing quote. */
    private Position namePosition(String name) {
        return location(name.length() + 2);
    }

    private Position location(int back) {
        String text = json.toString();
        int lineAt = text.lastIndexOf(" at line ");
        int columnAt = text.indexOf(" column ", lineAt);
        int pathAt = text.indexOf(" path ", columnAt);
        int line = Integer.parseInt(text.substring(lineAt + 9, columnAt));
        int column = Integer.parseInt(text.substring(columnAt + 8, pathAt));
        return new Position(line, Math.max(1, column - back), text.substring(pathAt + 6));
    }

    /** Expects the end of the document after the top-level value. */
    void expectEnd() throws IOException {
        json.peek();
    }

    /**
     * Reads an object field by field, checking for fields given twice and warning about unknown ones;
     * {@code fieldNames} are the fields the handler reads, for "did you mean" hints.
     *
     * @return false if the value was not an object (reported and skipped)
     */
    boolean object(String what, List<String> fieldNames, FieldHandler handler) throws IOException {
        if (!expect(JsonToken.BEGIN_OBJECT, what, "an object")) {
            return false;
        }
        json.beginObject();
        Set<String> seen = new HashSet<>();
        while (json.hasNext()) {
            String name = json.nextName();
            if (!seen.add(name)) {
                problems.error(namePosition(name), "the field \"" + name + "\" is given twice");
                json.skipValue();
            } else if (!handler.field(name)) {
                problems.warning(namePosition(name), "unknown field \"" + name + "\" ignored"
                        + suggestion(name, fieldNames));
                json.skipValue();
            }
        }
        json.endObject();
        return true;
    }

    private static String suggestion(String name, List<String> fieldNames) {
        for (String field : fieldNames) {
            if (field.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return " (did you mean \"" + field + "\"?)";
            }
        }
        return "";
    }

    /**
     * Reads an array element by element.
     *
     * @return false if the value was not an array (reported and skipped)
     */
    boolean array(String what, ElementHandler handler) throws IOException {
        if (!expect(JsonToken.BEGIN_ARRAY, what, "an array")) {
            return false;
        }
        json.beginArray();
        for (int i = 0; json.hasNext(); i++) {
            handler.element(i);
        }
        json.endArray();
        return true;
    }

    /** Reads a string, or reports and skips another value and returns null. */
    String string(String what) throws IOException {
        return expect(JsonToken.STRING, what, "a string") ? json.nextString() : null;
    }

    /** Reads a boolean, or reports and skips another value and returns null. */
    Boolean bool(String what) throws IOException {
        return expect(JsonToken.BOOLEAN, what, "true or false") ? json.nextBoolean() : null;
    }

    /** Reads a number exactly as written, or reports and skips another value and returns null. */
    Located<BigDecimal> number(String what) throws IOException {
        Located<String> text = numberText(what);
        if (text == null) {
            return null;
        }
        BigDecimal value = decimal(text.value());
        if (value == null) {
            problems.error(text.at(), what + ": " + text.value() + " is out of range");
            return null;
        }
        return new Located<>(value, text.at());
    }

    /**
     * A JSON number's text as a BigDecimal, or null if its exponent is beyond what BigDecimal holds (such as
     * {@code 1e9999999999}). Gson's strict mode has already checked the number syntax.
     */
    static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads a number's literal text and where it is, or reports and skips another value and returns null. */
    Located<String> numberText(String what) throws IOException {
        if (!expect(JsonToken.NUMBER, what, "a number")) {
            return null;
        }
        String path = json.getPath();
        String text = json.nextString();
        return new Located<>(text, afterLiteral(text, path));
    }

    /** Reads a list of strings, reporting and leaving out elements that are not strings. */
    List<String> strings(String what) throws IOException {
        List<String> values = new ArrayList<>();
        array(what, i -> {
            String value = string("each entry of " + what);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }

    /** Reads a list of service ids, reporting and leaving out entries that are not valid ids. */
    List<Located<ServiceId>> serviceIds(String what) throws IOException {
        List<Located<ServiceId>> ids = new ArrayList<>();
        array(what, i -> {
            Located<ServiceId> id = serviceId("each entry of " + what);
            if (id != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Reads one service id and where it is, or reports a value that is not one and returns null. */
    Located<ServiceId> serviceId(String what) throws IOException {
        if (!expect(JsonToken.STRING, what, "a string")) {
            return null;
        }
        // Ids are where later checks (unknown, repeated) point, so their position is always taken.
        Position at = position();
        String value = json.nextString();
        if (value.isBlank()) {
            problems.error(at, what + " must not be empty");
            return null;
        }
        if (!value.strip().equals(value)) {
            problems.error(at, "the service id \"" + value + "\" must not start or end with white space");
            return null;
        }
        return new Located<>(ServiceId.of(value), at);
    }

    /** Skips the next value. */
    void skip() throws IOException {
        json.skipValue();
    }

    private boolean expect(JsonToken wanted, String what, String description) throws IOException {
        JsonToken token = json.peek();
        if (token == wanted) {
            return true;
        }
        Position at;
        String path = json.getPath();
        switch (token) {
            case NUMBER -> at = afterLiteral(json.nextString(), path);
            case BOOLEAN -> at = afterLiteral(String.valueOf(json.nextBoolean()), path);
            case NULL -> {
                json.nextNull();
                at = afterLiteral("null", path);
            }
            default -> {
                at = position();
                json.skipValue();
            }
        }
        problems.error(at, what + " must be " + description + ", found " + describe(token));
        return false;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "an array";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * A value with the place it was read from.
     *
     * @param value the value
     * @param at    where it starts
     */
    record Located<T>(T value, Position at) {
    }
}
