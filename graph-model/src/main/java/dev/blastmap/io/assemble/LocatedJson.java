package dev.blastmap.io.assemble;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.json.JsonReaderPosition;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON document read with Gson's streaming reader into a tree that remembers the line each object and array
 * starts on, so that readers can say where a problem is. Gson's nesting limit (255) bounds the depth, so an
 * absurdly deep file is a problem, not a stack overflow.
 */
public final class LocatedJson {

    private final JsonElement root;
    private final Map<JsonElement, Integer> lines;

    private LocatedJson(JsonElement root, Map<JsonElement, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /**
     * Parses a whole document.
     *
     * @param format the format's name for problems, e.g. {@code Zipkin JSON}
     * @throws GraphImportException if it is not well-formed JSON, with the line and column Gson reports
     */
    public static LocatedJson parse(Reader in, String source, String format) throws GraphImportException, IOException {
        JsonReader reader = new JsonReader(in);
        reader.setStrictness(Strictness.LEGACY_STRICT);
        Map<JsonElement, Integer> lines = new IdentityHashMap<>();
        try {
            JsonElement root = read(reader, lines, true);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                long at = JsonReaderPosition.of(reader);
                throw GraphImportException.of(source, JsonReaderPosition.line(at), JsonReaderPosition.column(at),
                        format + ": more text after the end of the JSON document");
            }
            return new LocatedJson(root, lines);
        } catch (EOFException | MalformedJsonException | NumberFormatException e) {
            throw syntaxError(e, JsonReaderPosition.of(reader), source, format);
        }
    }

    /**
     * The problem a Gson syntax error (a {@link MalformedJsonException}, an {@link EOFException} at a cut-off
     * end, a {@link NumberFormatException}) stands for, at the line and column Gson names: for streaming
     * readers that meet the same errors without building a tree.
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

    /** The root element. */
    public JsonElement root() {
        return root;
    }

    /** The line the root or an item of an array starts on, or 0 for other values. */
    public int line(JsonElement element) {
        return lines.getOrDefault(element, 0);
    }

    /** The string member {@code name} of an object, if it is a string or a number. */
    public static Optional<String> string(JsonObject object, String name) {
        JsonElement e = object.get(name);
        if (e != null && e.isJsonPrimitive()) {
            return Optional.of(e.getAsString());
        }
        return Optional.empty();
    }

    /**
     * Reads one value. Lines are recorded only for the root and for items of arrays (the records of every
     * format: links, elements, entities), because asking Gson for a location costs a string per call and a
     * big file has millions of objects.
     */
    private static JsonElement read(JsonReader reader, Map<JsonElement, Integer> lines, boolean located)
            throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                int line = located ? lineOf(reader) : 0;
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    object.add(name, read(reader, lines, false));
                }
                reader.endObject();
                if (located) {
                    lines.put(object, line);
                }
                return object;
            }
            case BEGIN_ARRAY -> {
                int line = located ? lineOf(reader) : 0;
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader, lines, true));
                }
                reader.endArray();
                if (located) {
                    lines.put(array, line);
                }
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new MalformedJsonException("unexpected " + reader.peek() + reader.toString().replace("JsonReader", ""));
        }
    }

}
