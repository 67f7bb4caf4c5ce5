package dev.blastmap.io.terraform;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.assemble.JsonSyntax;
import dev.blastmap.io.json.JsonWalk;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of {@code terraform show -json} the graph needs, streamed: of {@code planned_values} and
 * {@code values} each resource's address, mode, type, {@code depends_on} and line, never its attribute values;
 * the {@code configuration}'s root module as a tree without constant values, which is what its references are
 * resolved in ({@link ModuleConfiguration}). The rest ({@code resource_changes}, {@code prior_state} and the
 * like, most of a large plan) is skipped.
 *
 * @param hasFormatVersion true if the top level has {@code format_version}
 * @param planned          the root module of {@code planned_values}, or null
 * @param state            the root module of {@code values}, or null
 * @param configuration    the root module of {@code configuration}, or null
 * @param line             the line the document starts on
 */
record ShowOutput(boolean hasFormatVersion, Module planned, Module state, JsonObject configuration, int line) {

    /** A module of {@code planned_values} or {@code values}: its resources and its child modules. */
    record Module(List<Resource> resources, List<Module> children) {
    }

    /**
     * A resource of {@code planned_values} or {@code values}.
     *
     * @param address   its address, instance keys included
     * @param mode      {@code managed} or {@code data}, or ""
     * @param type      its type, or ""
     * @param dependsOn what state recorded it depends on
     * @param line      the line it starts on
     */
    record Resource(String address, String mode, String type, List<String> dependsOn, int line) {
    }

    /** Whatever the top level is, so that the reader can say what it expected. */
    static ShowOutput read(Reader in, String source, String format) throws GraphImportException, IOException {
        JsonWalk cursor = JsonWalk.of(in);
        return JsonSyntax.read(cursor.reader(), source, format, () -> read(cursor));
    }

    private static ShowOutput read(JsonWalk cursor) throws IOException {
        int line = cursor.at().line();
        Object[] parts = new Object[4];
        cursor.fields(name -> {
            switch (name) {
                case "format_version" -> {
                    parts[0] = Boolean.TRUE;
                    cursor.reader().skipValue();
                }
                case "planned_values" -> parts[1] = rootModule(cursor, () -> module(cursor));
                case "values" -> parts[2] = rootModule(cursor, () -> module(cursor));
                case "configuration" -> parts[3] = rootModule(cursor, () -> prunedTree(cursor.reader()));
                default -> cursor.reader().skipValue();
            }
        });
        return new ShowOutput(parts[0] != null, (Module) parts[1], (Module) parts[2],
                parts[3] instanceof JsonObject o ? o : null, line);
    }

    /** Reads one value. */
    @FunctionalInterface
    private interface Part<T> {
        T read() throws IOException;
    }

    /** The {@code root_module} of a part, or null if the part is not an object that has one. */
    private static <T> T rootModule(JsonWalk cursor, Part<T> module) throws IOException {
        List<T> found = new ArrayList<>(1);
        cursor.fields(name -> {
            if (name.equals("root_module") && cursor.reader().peek() == JsonToken.BEGIN_OBJECT) {
                found.add(module.read());
            } else {
                cursor.reader().skipValue();
            }
        });
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    private static Module module(JsonWalk cursor) throws IOException {
        List<Resource> resources = new ArrayList<>();
        List<Module> children = new ArrayList<>();
        cursor.fields(name -> {
            switch (name) {
                case "resources" -> cursor.items((i, at) -> {
                    Resource r = resource(cursor, at.line());
                    if (r != null) {
                        resources.add(r);
                    }
                });
                case "child_modules" -> cursor.items((i, at) -> {
                    if (cursor.reader().peek() == JsonToken.BEGIN_OBJECT) {
                        children.add(module(cursor));
                    } else {
                        cursor.reader().skipValue();
                    }
                });
                default -> cursor.reader().skipValue();
            }
        });
        return new Module(resources, children);
    }

    /** A resource, or null if it is not an object. Its {@code values} are skipped. */
    private static Resource resource(JsonWalk cursor, int line) throws IOException {
        String[] text = {"", "", ""};
        List<String> dependsOn = new ArrayList<>();
        boolean isObject = cursor.fields(name -> {
            int i = switch (name) {
                case "address" -> 0;
                case "mode" -> 1;
                case "type" -> 2;
                default -> -1;
            };
            if (i >= 0) {
                String value = cursor.scalar();
                text[i] = value == null ? "" : value;
            } else if (name.equals("depends_on")) {
                cursor.items((k, at) -> {
                    String value = cursor.scalar();
                    if (value != null) {
                        dependsOn.add(value);
                    }
                });
            } else {
                cursor.reader().skipValue();
            }
        });
        return isObject ? new Resource(text[0], text[1], text[2], dependsOn, line) : null;
    }

    /**
     * A value as a tree without {@code constant_value}s: a configuration's literals (inline policies, user data,
     * tags) can be most of it, and no reference is inside one.
     */
    private static JsonElement prunedTree(JsonReader json) throws IOException {
        switch (json.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                json.beginObject();
                while (json.hasNext()) {
                    String name = json.nextName();
                    if (name.equals("constant_value")) {
                        json.skipValue();
                    } else {
                        object.add(name, prunedTree(json));
                    }
                }
                json.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                json.beginArray();
                while (json.hasNext()) {
                    array.add(prunedTree(json));
                }
                json.endArray();
                return array;
            }
            case BOOLEAN -> {
                return new JsonPrimitive(json.nextBoolean());
            }
            case NULL -> {
                json.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> {
                return new JsonPrimitive(json.nextString());
            }
        }
    }
}
