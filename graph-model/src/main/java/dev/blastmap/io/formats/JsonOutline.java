package dev.blastmap.io.formats;

import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A short outline of a JSON document for the format sniffers: every top-level key in order, and below them
 * the first few keys and items of each level, read with Gson's streaming reader so that a large block
 * before the telling key (Cytoscape desktop's {@code data}, Kiali's {@code timestamp}s) costs a skip, not
 * memory. The outline is itself JSON-shaped, so the sniffers' patterns work on it as on a file's head.
 */
final class JsonOutline {

    private static final int MAX_DEPTH = 6;
    private static final int KEYS_PER_OBJECT = 24;
    /** Enough for any real format's top level, and keeps the outline small for the sniffers' patterns. */
    private static final int TOP_LEVEL_KEYS = 2000;
    private static final int ITEMS_PER_ARRAY = 2;
    private static final int MAX_STRING = 40;

    private final JsonReader reader;
    private final StringBuilder out = new StringBuilder();

    private JsonOutline(Reader in) {
        reader = new JsonReader(in);
        reader.setStrictness(Strictness.LENIENT);
    }

    /** True if the first character that is not white space opens a JSON object or array. */
    static boolean startsLikeJson(String head) {
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /**
     * The outline of the document, reading at most {@code maxChars} characters; a document that is cut off or
     * malformed gives the outline of what came before.
     */
    static String of(Reader in, int maxChars) {
        JsonOutline outline = new JsonOutline(new Limited(in, maxChars));
        try {
            outline.value(0);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // the outline so far is all the sniffers get; the reader will report the problem with its line
        }
        return outline.out.toString();
    }

    private void value(int depth) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                out.append('{');
                int keys = 0;
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    if (keys >= (depth == 0 ? TOP_LEVEL_KEYS : KEYS_PER_OBJECT) || depth >= MAX_DEPTH) {
                        reader.skipValue();
                        continue;
                    }
                    out.append(keys++ > 0 ? "," : "").append(new JsonPrimitive(name)).append(':');
                    value(depth + 1);
                }
                reader.endObject();
                out.append('}');
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                out.append('[');
                int items = 0;
                while (reader.hasNext()) {
                    if (items >= ITEMS_PER_ARRAY || depth >= MAX_DEPTH) {
                        reader.skipValue();
                        continue;
                    }
                    out.append(items++ > 0 ? "," : "");
                    value(depth + 1);
                }
                reader.endArray();
                out.append(']');
            }
            case STRING -> {
                String s = reader.nextString();
                out.append(new JsonPrimitive(s.length() > MAX_STRING ? s.substring(0, MAX_STRING) : s));
            }
            case NUMBER, BOOLEAN -> out.append(reader.nextString());
            case NULL -> {
                reader.nextNull();
                out.append("null");
            }
            default -> throw new IllegalStateException("not a value: " + reader.peek());
        }
    }

    /** Ends the text after a number of characters, so a sniff never reads a whole large file. */
    private static final class Limited extends Reader {
        private final Reader in;
        private int left;

        Limited(Reader in, int max) {
            this.in = in;
            this.left = max;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, off, Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
