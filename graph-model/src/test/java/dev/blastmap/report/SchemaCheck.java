package dev.blastmap.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@link JsonSchemaSubset} for tests in other packages: the violations of a JSON text against a schema file. */
public final class SchemaCheck {

    private SchemaCheck() {
    }

    /** Every violation, as {@code path: what}; empty when the JSON conforms to the schema. */
    public static List<String> violations(Path schema, String json) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(schema, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonElement value = JsonParser.parseString(json);
        return new JsonSchemaSubset(root).violations(value);
    }
}
