package dev.blastmap.io.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.blastmap.io.GraphWriter;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the native format, {@code *.blastmap.json}; see docs/format.md.
 *
 * <p>The output is stable (fields in a fixed order, services and scenarios in graph order) and short:
 * defaults are left out and each clause takes its most compact form — a plain id for a simple hard
 * dependency, {@code {"on": ...}} when it has a soft flag, delay or note, else {@code anyOf}, {@code allOf}
 * or {@code atLeast}/{@code of}. Reading what it writes gives back an equal graph.
 */
public final class JsonGraphWriter implements GraphWriter {

    /** Makes a writer; it keeps no state between writes. */
    public JsonGraphWriter() {
    }

    @Override
    public void write(Graph graph, Writer out) throws IOException {
        new JsonPrettyPrinter(out).write(toJson(graph));
    }

    /** The document for a graph, as a Gson tree. */
    static JsonObject toJson(Graph graph) {
        JsonObject root = new JsonObject();
        root.addProperty("blastmap", GraphDecoder.VERSION);
        putText(root, "name", graph.name());
        putText(root, "description", graph.description());
        if (!graph.sources().isEmpty()) {
            root.add("sources", JsonTrees.strings(graph.sources()));
        }
        JsonArray services = new JsonArray();
        graph.services().forEach(s -> services.add(service(s)));
        root.add("services", services);
        if (!graph.scenarios().isEmpty()) {
            JsonArray scenarios = new JsonArray();
            graph.scenarios().forEach(s -> scenarios.add(scenario(s)));
            root.add("scenarios", scenarios);
        }
        return root;
    }

    private static JsonObject service(Service s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.id().value());
        if (!s.label().equals(s.id().value())) {
            o.addProperty("label", s.label());
        }
        if (s.kind() != Kind.SERVICE) {
            o.addProperty("kind", s.kind().id());
        }
        putText(o, "region", s.region());
        putText(o, "zone", s.zone());
        putText(o, "group", s.group());
        if (!s.tags().isEmpty()) {
            o.add("tags", JsonTrees.strings(s.tags()));
        }
        if (Double.compare(s.weight(), 1.0) != 0) {
            o.add("weight", number(s.weight()));
        }
        if (s.customerFacing()) {
            o.addProperty("customerFacing", true);
        }
        if (s.isUnreliable()) {
            o.add("availability", new JsonPrimitive(s.availability()));
        }
        if (s.hasDescription()) {
            o.addProperty("description", s.description());
        }
        if (!s.dependsOn().isEmpty()) {
            JsonArray clauses = new JsonArray();
            s.dependsOn().forEach(c -> clauses.add(clause(c)));
            o.add("dependsOn", clauses);
        }
        return o;
    }

    /** The most compact form of a clause. */
    static JsonElement clause(Clause c) {
        boolean plain = !c.soft() && c.delay().isZero() && c.note().isEmpty();
        if (c.isSingle() && plain) {
            return new JsonPrimitive(c.members().get(0).value());
        }
        JsonObject o = new JsonObject();
        if (c.isSingle()) {
            o.addProperty("on", c.members().get(0).value());
        } else if (c.need() == 1) {
            o.add("anyOf", JsonTrees.ids(c.members()));
        } else if (c.need() == c.members().size()) {
            o.add("allOf", JsonTrees.ids(c.members()));
        } else {
            o.addProperty("atLeast", c.need());
            o.add("of", JsonTrees.ids(c.members()));
        }
        if (c.soft()) {
            o.addProperty("soft", true);
        }
        if (!c.delay().isZero()) {
            o.addProperty("delay", c.delay().toString()); // ISO-8601, as Duration.parse reads it back
        }
        putText(o, "note", c.note());
        return o;
    }

    private static JsonObject scenario(Scenario sc) {
        JsonObject o = new JsonObject();
        o.addProperty("id", sc.id());
        if (!sc.title().equals(sc.id())) {
            o.addProperty("title", sc.title());
        }
        putText(o, "description", sc.description());
        JsonArray steps = new JsonArray();
        for (Step step : sc.steps()) {
            JsonObject s = new JsonObject();
            if (step.time() != null) {
                s.addProperty("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(step.time()));
            }
            putText(s, "title", step.title());
            putText(s, "narration", step.narration());
            putIds(s, "knockOut", step.knockOut());
            putIds(s, "restore", step.restore());
            putIds(s, "frame", step.frame());
            steps.add(s);
        }
        o.add("steps", steps);
        return o;
    }

    /** Whole numbers without a fraction, so a weight of 5 reads {@code 5}, not {@code 5.0}. */
    private static JsonPrimitive number(double value) {
        boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53 && !negativeZero) {
            return new JsonPrimitive((long) value);
        }
        return new JsonPrimitive(value);
    }

    private static void putText(JsonObject o, String field, String text) {
        if (text != null && !text.isEmpty()) {
            o.addProperty(field, text);
        }
    }

    private static void putIds(JsonObject o, String field, List<ServiceId> ids) {
        if (!ids.isEmpty()) {
            o.add(field, JsonTrees.ids(ids));
        }
    }
}
