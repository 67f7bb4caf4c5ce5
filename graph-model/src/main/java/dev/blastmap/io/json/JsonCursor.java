package dev.blastmap.io.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.blastmap.io.ProblemList;
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
 * <p>The foreign JSON readers walk their documents with {@link JsonWalk}, which finds positions through a cursor.
 */
final class JsonCursor {

    /** Deep enough for any Blastmap file with nested unknown fields; Gson's own default. */
    static final int NESTING_LIMIT = 255;

    private final JsonReader json;
    private final ProblemList problems;
    /** Where the last number read starts (packed), for {@link #numberAt()}. */
    private long lastNumber;

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

    /** The Gson reader underneath. */
    JsonReader reader() {
        return json;
    }

    /** The next token. */
    JsonToken peek() throws IOException {
        return json.peek();
    }

    /**
     * Where the next value starts, with its JSON path. Gson counts (after a peek) from just after the opening
     * quote or bracket of a string, object or array. The line and column are cheap ({@link JsonReaderPosition});
     * the path is text built on each call, so callers that keep many positions use {@link #mark()} instead. For a
     * number, true, false or null, Gson may already have read past the literal when peeking, so this is only
     * roughly right; {@link #numberText} and the type checks locate literals exactly.
     */
    Position position() throws IOException {
        return position(mark());
    }

    /**
     * Where the next value starts, as {@link #position()} says but without the path: a line and column packed
     * by {@link JsonReaderPosition}, costing no allocation, for values whose position is rarely needed.
     */
    long mark() throws IOException {
        JsonToken token = json.peek();
        boolean consumedOpening = token == JsonToken.STRING || token == JsonToken.NAME
                || token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY;
        long here = JsonReaderPosition.of(json);
        return consumedOpening ? back(here, 1) : here;
    }

    /** The position of a mark taken before the next value, with the path the reader stands at now. */
    private Position position(long mark) {
        return new Position(JsonReaderPosition.line(mark), JsonReaderPosition.column(mark), json.getPath());
    }

    /** The position of a mark taken before the value just read, with that value's path. */
    Position readAt(long mark) {
        return new Position(JsonReaderPosition.line(mark), JsonReaderPosition.column(mark), json.getPreviousPath());
    }

    /**
     * Where the reader stands now, with its path: where Gson's exceptions say the text stops making sense, for
     * a syntax error caught from this cursor.
     */
    Position here() {
        long here = JsonReaderPosition.of(json);
        return new Position(JsonReaderPosition.line(here), JsonReaderPosition.column(here), json.getPath());
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
        return position(back(JsonReaderPosition.of(json), back));
    }

    private static long back(long position, int columns) {
        return JsonReaderPosition.pack(JsonReaderPosition.line(position),
                Math.max(1, JsonReaderPosition.column(position) - columns));
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
        FieldsSeen seen = new FieldsSeen(fieldNames);
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

    /**
     * The names of an object's fields read so far: a bit for each known field, a set only for unknown ones, so
     * that the millions of small objects of a large file cost no set each.
     */
    private static final class FieldsSeen {
        private final List<String> known;
        private long bits;
        private Set<String> others;

        FieldsSeen(List<String> known) {
            this.known = known;
        }

        /** False if {@code name} was seen before. */
        boolean add(String name) {
            int index = known.indexOf(name);
            if (index >= 0 && index < Long.SIZE) {
                long bit = 1L << index;
                boolean first = (bits & bit) == 0;
                bits |= bit;
                return first;
            }
            if (others == null) {
                others = new HashSet<>();
            }
            return others.add(name);
        }
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
        String text = numberLiteral(what);
        return text == null ? null : new Located<>(text, numberAt());
    }

    /**
     * Reads a number's literal text, or reports and skips another value and returns null; {@link #numberAt()}
     * says where it was, for callers that need that only when the number is wrong.
     */
    String numberLiteral(String what) throws IOException {
        if (!expect(JsonToken.NUMBER, what, "a number")) {
            return null;
        }
        String text = json.nextString();
        lastNumber = back(JsonReaderPosition.of(json), text.length());
        return text;
    }

    /** Where the number {@link #numberLiteral} just read starts, with its path; until the next value is read. */
    Position numberAt() {
        return readAt(lastNumber);
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
        long mark = mark();
        String value = serviceIdText(what, mark);
        // Ids are where later checks (unknown, repeated) point, so their position is always taken.
        return value == null ? null : new Located<>(ServiceId.of(value), readAt(mark));
    }

    /**
     * Reads the text of one service id, or reports a value that is not one and returns null.
     *
     * @param mark where the value starts, from {@link #mark()} just before
     */
    String serviceIdText(String what, long mark) throws IOException {
        if (!expect(JsonToken.STRING, what, "a string")) {
            return null;
        }
        String value = json.nextString();
        if (value.isBlank()) {
            problems.error(readAt(mark), what + " must not be empty");
            return null;
        }
        if (!value.strip().equals(value)) {
            problems.error(readAt(mark), "the service id \"" + value + "\" must not start or end with white space");
            return null;
        }
        return value;
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
