package dev.blastmap.io.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.blastmap.io.ProblemList;
import dev.blastmap.io.SourcePosition;
import java.io.IOException;
import java.io.Reader;

/**
 * Another tool's JSON document, streamed: the foreign JSON readers (Kiali, Cytoscape, Jaeger and Zipkin, X-Ray,
 * terraform) walk Gson's {@link #reader()} with {@link #fields}, {@link #items} and {@link #scalar}, ask
 * {@link #at()} where a record starts (found as the native reader finds its positions), and report problems in
 * their own words.
 */
public final class JsonWalk {

    private final JsonCursor cursor;
    private final JsonReader json;

    private JsonWalk(JsonCursor cursor) {
        this.cursor = cursor;
        this.json = cursor.reader();
    }

    /**
     * A walk through another tool's JSON: Gson's reader with the strictness Gson has always applied to other tools'
     * JSON ({@code LEGACY_STRICT}) and the same nesting limit; problems are the caller's to report.
     */
    public static JsonWalk of(Reader in) {
        JsonCursor cursor = new JsonCursor(in, new ProblemList(""));
        cursor.reader().setStrictness(Strictness.LEGACY_STRICT);
        return new JsonWalk(cursor);
    }

    /** The Gson reader underneath, for a foreign reader that walks the document itself. */
    public JsonReader reader() {
        return json;
    }

    /** Where the next value starts: 1-based line and column. */
    public SourcePosition at() throws IOException {
        Position p = cursor.position();
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
}
