package dev.blastmap.io.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;

/**
 * Prints a Gson tree the way people write Blastmap files: the document, every service, scenario and step
 * broken over lines, and everything inside them (tags, clause lists, clause objects) on one line when it
 * fits in {@value #WIDTH} columns. Gson's own pretty printer puts every array element on its own line,
 * which makes a graph of a hundred services thousands of lines long.
 */
final class JsonPrettyPrinter {

    /** The line width short values are fitted into. */
    static final int WIDTH = 100;

    private static final String INDENT = "  ";

    /** Fields whose values are lists of records, always one element per line. */
    private static final Set<String> RECORD_LISTS = Set.of("services", "scenarios", "steps");

    private final Writer out;

    JsonPrettyPrinter(Writer out) {
        this.out = out;
    }

    /** Writes the document and a final line break. */
    void write(JsonObject root) throws IOException {
        print(root, "", 0, true, false);
        out.write('\n');
    }

    /**
     * Prints a value whose first line already holds {@code used} characters.
     *
     * @param broken        print it over several lines even if it would fit on one
     * @param brokenElements print each element of this array over several lines
     */
    private void print(JsonElement e, String indent, int used, boolean broken, boolean brokenElements)
            throws IOException {
        if (!broken || e.isJsonPrimitive() || e.isJsonNull()) {
            String flat = flat(e);
            if (e.isJsonPrimitive() || e.isJsonNull() || used + flat.length() <= WIDTH) {
                out.write(flat);
                return;
            }
        }
        String inner = indent + INDENT;
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.isEmpty()) {
                out.write("{}");
                return;
            }
            out.write("{\n");
            int i = 0;
            for (Map.Entry<String, JsonElement> field : o.entrySet()) {
                String key = quote(field.getKey()) + ": ";
                out.write(inner);
                out.write(key);
                boolean records = RECORD_LISTS.contains(field.getKey());
                print(field.getValue(), inner, inner.length() + key.length(), records, records);
                out.write(++i < o.size() ? ",\n" : "\n");
            }
            out.write(indent);
            out.write('}');
        } else {
            JsonArray a = e.getAsJsonArray();
            if (a.isEmpty()) {
                out.write("[]");
                return;
            }
            out.write("[\n");
            for (int i = 0; i < a.size(); i++) {
                out.write(inner);
                print(a.get(i), inner, inner.length(), brokenElements, false);
                out.write(i + 1 < a.size() ? ",\n" : "\n");
            }
            out.write(indent);
            out.write(']');
        }
    }

    /** The value on one line, with a space after each colon and comma. */
    private static String flat(JsonElement e) {
        if (e.isJsonObject()) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, JsonElement> field : e.getAsJsonObject().entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(quote(field.getKey())).append(": ").append(flat(field.getValue()));
            }
            return sb.append('}').toString();
        }
        if (e.isJsonArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (JsonElement element : e.getAsJsonArray()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(flat(element));
            }
            return sb.append(']').toString();
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isString()) {
            return quote(p.getAsString());
        }
        return p.isNumber() ? number(p.getAsNumber()) : String.valueOf(p.getAsBoolean());
    }

    private static String number(Number n) {
        // The writer only puts longs, ints and finite doubles in the tree; Double.toString is valid JSON for those.
        return n instanceof Double d ? Double.toString(d) : n.toString();
    }

    /**
     * A JSON string literal. Escapes what JSON requires (quote, backslash, control characters), U+2028 and
     * U+2029 (line breaks to JavaScript), and unpaired surrogates, which cannot be encoded in UTF-8 and
     * would turn into '?' on disk, so that every string survives a round trip through a file.
     */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
                    if (paired) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
