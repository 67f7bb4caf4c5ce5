package dev.blastmap.io.tracing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.LocatedJson;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dependency links tracing systems derive from their spans: Zipkin's
 * {@code GET /api/v2/dependencies} ({@code [{"parent","child","callCount","errorCount"}]}), Jaeger's
 * {@code GET /api/dependencies} ({@code {"data":[{"parent","child","callCount"}]}}) and Jaeger's v3
 * {@code /api/v3/dependencies} ({@code {"dependencies":[...]}}). The parent is the caller, so it depends on
 * the child. Call and error counts say how busy a link is, not whether it is needed, and are not kept.
 * Every shape is accepted whichever of the two format names chose this reader.
 */
public final class DependencyLinksReader implements GraphReader {

    private static final Pattern ZIPKIN = Pattern.compile("\\A\\s*\\[\\s*(\\]|\\{[^\\[\\]{}]*\"(parent|child)\")",
            Pattern.DOTALL);
    private static final Pattern JAEGER = Pattern.compile(
            "\\A\\s*\\{.*?\"(data|dependencies)\"\\s*:\\s*\\[\\s*(\\]|\\{[^\\[\\]{}]*\"(parent|child)\")", Pattern.DOTALL);

    private final String format;

    /** A reader whose problems name the format as {@code format}, e.g. {@code Zipkin}. */
    public DependencyLinksReader(String format) {
        this.format = format;
    }

    /** True if the start of a file looks like Zipkin's dependency list. */
    public static boolean looksLikeZipkin(String head) {
        return ZIPKIN.matcher(head.replace("\uFEFF", "")).find();
    }

    /** True if the start of a file looks like a Jaeger dependencies response, v1 or v3. */
    public static boolean looksLikeJaeger(String head) {
        return JAEGER.matcher(head.replace("\uFEFF", "")).find();
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, format);
        LocatedJson json = LocatedJson.parse(in, source, format);
        JsonElement root = json.root();
        JsonArray links;
        String path;
        if (root.isJsonArray()) {
            links = root.getAsJsonArray();
            path = "$";
        } else if (root.isJsonObject() && root.getAsJsonObject().get("data") instanceof JsonArray data) {
            links = data;
            path = "$.data";
            warnAboutErrors(assembler, json, root.getAsJsonObject());
        } else if (root.isJsonObject() && root.getAsJsonObject().get("dependencies") instanceof JsonArray deps) {
            links = deps;
            path = "$.dependencies";
        } else {
            throw assembler.fatal(json.line(root), 0, "expected a list of dependency links: [{\"parent\", \"child\"}] "
                    + "(Zipkin), {\"data\": [...]} (Jaeger) or {\"dependencies\": [...]} (Jaeger v3)");
        }
        for (int i = 0; i < links.size(); i++) {
            JsonElement e = links.get(i);
            int line = json.line(e);
            if (!e.isJsonObject()) {
                assembler.error(line, 0, path + "[" + i + "] is not an object {\"parent\", \"child\"}");
                continue;
            }
            Optional<String> parent = LocatedJson.string(e.getAsJsonObject(), "parent");
            Optional<String> child = LocatedJson.string(e.getAsJsonObject(), "child");
            if (parent.isEmpty() || child.isEmpty()) {
                assembler.error(line, 0, path + "[" + i + "] needs both \"parent\" and \"child\"");
                continue;
            }
            assembler.edge(parent.get(), child.get(), line);
        }
        return assembler.build();
    }

    private static void warnAboutErrors(GraphAssembler assembler, LocatedJson json, JsonObject root) {
        if (root.get("errors") instanceof JsonArray errors && !errors.isEmpty()) {
            assembler.warn(json.line(errors), "the Jaeger response reports errors; the dependencies may be incomplete");
        }
    }
}
