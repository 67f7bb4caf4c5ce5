package dev.blastmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Kind;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/blastmap.schema.json and docs/format.md describe exactly what the reader accepts. */
class FormatDocumentationTest {

    private static final Path DOCS = Path.of("..", "docs");

    private static JsonObject schema() throws Exception {
        return JsonParser.parseString(Files.readString(DOCS.resolve("blastmap.schema.json"), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    private static List<String> properties(JsonObject object) {
        return new ArrayList<>(object.getAsJsonObject("properties").keySet());
    }

    private static JsonObject definition(String name) throws Exception {
        return schema().getAsJsonObject("$defs").getAsJsonObject(name);
    }

    @Test
    void theSchemaIsJsonSchemaDraft2020() throws Exception {
        assertThat(schema().get("$schema").getAsString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theSchemaHasExactlyTheFieldsTheReaderAccepts() throws Exception {
        assertThat(properties(schema())).containsExactlyInAnyOrderElementsOf(GraphDecoder.ROOT_FIELDS);
        assertThat(properties(definition("service"))).containsExactlyInAnyOrderElementsOf(GraphDecoder.SERVICE_FIELDS);
        assertThat(properties(definition("clauseObject"))).containsExactlyInAnyOrderElementsOf(ClauseDecoder.FIELDS);
        assertThat(properties(definition("scenario")))
                .containsExactlyInAnyOrderElementsOf(ScenarioDecoder.SCENARIO_FIELDS);
        assertThat(properties(definition("step"))).containsExactlyInAnyOrderElementsOf(ScenarioDecoder.STEP_FIELDS);
    }

    @Test
    void theSchemaListsEveryKind() throws Exception {
        List<String> kinds = new ArrayList<>();
        definition("service").getAsJsonObject("properties").getAsJsonObject("kind").getAsJsonArray("enum")
                .forEach(k -> kinds.add(k.getAsString()));

        assertThat(kinds).containsExactlyElementsOf(Arrays.stream(Kind.values()).map(Kind::id).toList());
    }

    @Test
    void everyReferenceInTheSchemaResolves() throws Exception {
        JsonObject schema = schema();
        List<String> refs = new ArrayList<>();
        collectRefs(schema, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/$defs/");
            assertThat(schema.getAsJsonObject("$defs").has(ref.substring("#/$defs/".length()))).as(ref).isTrue();
        });
    }

    @Test
    void theFormatDocumentMentionsEveryField() throws Exception {
        String doc = Files.readString(DOCS.resolve("format.md"), StandardCharsets.UTF_8);

        for (List<String> fields : List.of(GraphDecoder.ROOT_FIELDS, GraphDecoder.SERVICE_FIELDS, ClauseDecoder.FIELDS,
                ScenarioDecoder.SCENARIO_FIELDS, ScenarioDecoder.STEP_FIELDS)) {
            assertThat(fields).allSatisfy(field -> assertThat(doc).contains("`" + field + "`"));
        }
        assertThat(Arrays.stream(Kind.values())).allSatisfy(kind -> assertThat(doc).contains("`" + kind.id() + "`"));
    }

    @Test
    void theFormatDocumentsFirstExampleIsAValidFile() throws Exception {
        String doc = Files.readString(DOCS.resolve("format.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```json\\n(\\{\\s*\"blastmap\".*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(block.find()).isTrue();

        ReadResult result = new JsonGraphReader().read(new StringReader(block.group(1)), "format.md");

        assertThat(result.warnings()).isEmpty();
        assertThat(result.graph().size()).isEqualTo(5);
    }

    private static void collectRefs(JsonElement e, List<String> refs) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> field : e.getAsJsonObject().entrySet()) {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().getAsString());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            }
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(element -> collectRefs(element, refs));
        }
    }
}
