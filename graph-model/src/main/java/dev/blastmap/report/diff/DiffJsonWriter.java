package dev.blastmap.report.diff;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.blastmap.diff.GraphDiff.Dependency;
import dev.blastmap.diff.GraphDiff.FieldChange;
import dev.blastmap.diff.GraphDiff.Radius;
import dev.blastmap.diff.GraphDiff.RadiusChange;
import dev.blastmap.diff.GraphDiff.ServiceChange;
import dev.blastmap.diff.GraphDiff.SpofChange;
import dev.blastmap.diff.GraphDiff;
import dev.blastmap.io.json.JsonTrees;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The diff as JSON, in the shape docs/diff.schema.json describes: every row, in the diff's order. */
public final class DiffJsonWriter implements DiffWriter {

    /** The version of the shape, written as {@code blastmapDiff}. */
    public static final int SHAPE = 1;

    @Override
    public void write(GraphDiff d, OutputStream out) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("blastmapDiff", SHAPE);
        root.addProperty("old", d.oldSource());
        root.addProperty("new", d.newSource());
        JsonObject services = new JsonObject();
        services.add("added", JsonTrees.ids(d.added()));
        services.add("removed", JsonTrees.ids(d.removed()));
        JsonArray changed = new JsonArray();
        for (ServiceChange c : d.changed()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id().value());
            JsonArray fields = new JsonArray();
            for (FieldChange f : c.fields()) {
                JsonObject field = new JsonObject();
                field.addProperty("field", f.field());
                field.addProperty("before", f.before());
                field.addProperty("after", f.after());
                fields.add(field);
            }
            o.add("fields", fields);
            changed.add(o);
        }
        services.add("changed", changed);
        root.add("services", services);
        JsonObject dependencies = new JsonObject();
        dependencies.add("added", edges(d.dependenciesAdded()));
        dependencies.add("removed", edges(d.dependenciesRemoved()));
        root.add("dependencies", dependencies);
        JsonArray radius = new JsonArray();
        for (RadiusChange c : d.radiusChanges()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id().value());
            o.addProperty("grew", c.grew());
            o.add("before", radius(c.before()));
            o.add("after", radius(c.after()));
            radius.add(o);
        }
        root.add("blastRadius", radius);
        JsonObject spofs = new JsonObject();
        spofs.add("new", spofs(d.newSpofs()));
        spofs.add("removed", spofs(d.removedSpofs()));
        root.add("customerFacingSpofs", spofs);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonTrees.PRETTY.toJson(root, w);
        w.write('\n');
        w.flush();
    }

    private static JsonObject radius(Radius r) {
        JsonObject o = new JsonObject();
        o.addProperty("down", r.down());
        o.addProperty("weighted", r.weighted());
        o.add("customerFacingDown", JsonTrees.ids(r.customerFacingDown()));
        o.addProperty("exposure", r.exposure());
        return o;
    }

    private static JsonArray spofs(List<SpofChange> changes) {
        JsonArray a = new JsonArray();
        for (SpofChange c : changes) {
            JsonObject o = new JsonObject();
            o.addProperty("culprit", c.culprit().value());
            o.addProperty("customerFacing", c.customerFacing().value());
            o.add("causeChain", JsonTrees.ids(c.causeChain()));
            a.add(o);
        }
        return a;
    }

    private static JsonArray edges(List<Dependency> edges) {
        JsonArray a = new JsonArray();
        for (Dependency e : edges) {
            JsonObject o = new JsonObject();
            o.addProperty("from", e.from().value());
            o.addProperty("to", e.to().value());
            a.add(o);
        }
        return a;
    }
}
