package dev.blastmap.io.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A strict Gson {@link JsonReader} that knows where each value starts and turns type mismatches into
 * problems instead of exceptions: a value of the wrong type is reported, skipped, and read as null.
 * Syntax errors still throw Gson's {@code MalformedJsonException}; the reader turns those into one problem.
 */
final class JsonCursor {

    /** Deep enough for any Blastmap file with nested unknown fields; Gson's own default. */
    static final int NESTING_LIMIT = 255;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private final JsonReader json;
    private final ProblemList problems;

    JsonCursor(Reader in, ProblemList problems) {
        this.json = new JsonReader(in);
        this.json.setStrictness(Strictness.STRICT);
        this.json.setNestingLimit(NESTING_LIMIT);
        this.problems = problems;
    }

    /** Reads the fields of an object one by one. */
    interface FieldHandler {
        /**
         * Reads the value of one field.
         *
         * @return false, without reading anything, if the field is unknown
         */
        boolean field(String name, Position at) throws IOException;
    }

    /** Reads the elements of an array one by one. */
    interface ElementHandler {
        /** Reads element {@code index}, which starts at {@code at}. */
        void element(int index, Position at) throws IOException;
    }

    /** The next token. */
    JsonToken peek() throws IOException {
        return json.peek();
    }

    /**
     * Where the next token starts. Gson has no public accessor for this, but its {@code toString()} is
     * documented to end with " at line L column C path P", counting from just after the opening quote or
     * bracket of a string, object or array, and from the first character of a literal.
     */
    Position position() throws IOException {
        JsonToken token = json.peek();
        String text = json.toString();
        int lineAt = text.lastIndexOf(" at line ");
        int columnAt = text.indexOf(" column ", lineAt);
        int pathAt = text.indexOf(" path ", columnAt);
        int line = Integer.parseInt(text.substring(lineAt + 9, columnAt));
        int column = Integer.parseInt(text.substring(columnAt + 8, pathAt));
        boolean consumedOpening = token == JsonToken.STRING || token == JsonToken.NAME
                || token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY;
        return new Position(line, Math.max(1, consumedOpening ? column - 1 : column), text.substring(pathAt + 6));
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
        Position start = position();
        if (!expect(JsonToken.BEGIN_OBJECT, what, "an object", start)) {
            return false;
        }
        json.beginObject();
        Set<String> seen = new HashSet<>();
        while (json.hasNext()) {
            Position nameAt = position();
            String name = json.nextName();
            Position at = nameAt.at(start.path() + member(name));
            if (!seen.add(name)) {
                problems.error(at, "the field \"" + name + "\" is given twice");
                json.skipValue();
            } else if (!handler.field(name, at)) {
                problems.warning(at, "unknown field \"" + name + "\" ignored" + suggestion(name, fieldNames));
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
        Position start = position();
        if (!expect(JsonToken.BEGIN_ARRAY, what, "an array", start)) {
            return false;
        }
        json.beginArray();
        for (int i = 0; json.hasNext(); i++) {
            handler.element(i, position());
        }
        json.endArray();
        return true;
    }

    /** Reads a string, or reports and skips another value and returns null. */
    String string(String what) throws IOException {
        Position at = position();
        return expect(JsonToken.STRING, what, "a string", at) ? json.nextString() : null;
    }

    /** Reads a boolean, or reports and skips another value and returns null. */
    Boolean bool(String what) throws IOException {
        Position at = position();
        return expect(JsonToken.BOOLEAN, what, "true or false", at) ? json.nextBoolean() : null;
    }

    /** Reads a number exactly as written, or reports and skips another value and returns null. */
    BigDecimal number(String what) throws IOException {
        String text = numberText(what);
        // Gson's strict mode has already checked the JSON number syntax, which BigDecimal accepts.
        return text == null ? null : new BigDecimal(text);
    }

    /** Reads a number's literal text, or reports and skips another value and returns null. */
    String numberText(String what) throws IOException {
        Position at = position();
        return expect(JsonToken.NUMBER, what, "a number", at) ? json.nextString() : null;
    }

    /** Reads a list of strings, reporting and leaving out elements that are not strings. */
    List<Located<String>> strings(String what) throws IOException {
        List<Located<String>> values = new ArrayList<>();
        array(what, (i, at) -> {
            String value = string("each entry of " + what);
            if (value != null) {
                values.add(new Located<>(value, at));
            }
        });
        return values;
    }

    /** Reads a list of service ids, reporting and leaving out entries that are not valid ids. */
    List<Located<ServiceId>> serviceIds(String what) throws IOException {
        List<Located<ServiceId>> ids = new ArrayList<>();
        array(what, (i, at) -> {
            ServiceId id = serviceId("each entry of " + what);
            if (id != null) {
                ids.add(new Located<>(id, at));
            }
        });
        return ids;
    }

    /** Reads one service id, or reports a value that is not one and returns null. */
    ServiceId serviceId(String what) throws IOException {
        Position at = position();
        String value = string(what);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            problems.error(at, what + " must not be empty");
            return null;
        }
        if (!value.strip().equals(value)) {
            problems.error(at, "the service id \"" + value + "\" must not start or end with white space");
            return null;
        }
        return ServiceId.of(value);
    }

    /** Skips the next value. */
    void skip() throws IOException {
        json.skipValue();
    }

    private boolean expect(JsonToken wanted, String what, String description, Position at) throws IOException {
        JsonToken token = json.peek();
        if (token == wanted) {
            return true;
        }
        problems.error(at, what + " must be " + description + ", found " + describe(token));
        json.skipValue();
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

    /** The JSON path step for a member name: {@code .name}, or {@code ['odd name']} when needed. */
    static String member(String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return "." + name;
        }
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
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
