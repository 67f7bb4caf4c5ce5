package dev.blastmap.io.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import dev.blastmap.model.ServiceId;
import java.util.Collection;

/**
 * What the JSON documents Blastmap writes (reports, command output, exports) are made with: Gson set up once,
 * indenting and writing {@code <}, {@code >} and {@code &} as they are, and the arrays that recur in them.
 */
public final class JsonTrees {

    /** Indented JSON; fields that are null are left out. Gson instances are safe to share between threads. */
    public static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** Indented JSON; fields that are null are written as {@code null}. */
    public static final Gson PRETTY_WITH_NULLS =
            new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private JsonTrees() {
    }

    /** The services' ids, in order, as an array of strings. */
    public static JsonArray ids(Collection<ServiceId> ids) {
        JsonArray a = new JsonArray();
        ids.forEach(id -> a.add(id.value()));
        return a;
    }

    /** The texts, in order, as an array of strings. */
    public static JsonArray strings(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
