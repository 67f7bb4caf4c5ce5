package dev.blastmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonGraphWriterTest {

    private static final List<ServiceId> AB = List.of(ServiceId.of("a"), ServiceId.of("b"));
    private static final List<ServiceId> ABC = List.of(ServiceId.of("a"), ServiceId.of("b"), ServiceId.of("c"));

    private static String write(Graph graph) throws Exception {
        StringWriter out = new StringWriter();
        new JsonGraphWriter().write(graph, out);
        return out.toString();
    }

    /** Gson's compact form of the clause element, to check the shape without the layout. */
    private static String clause(Clause c) {
        return JsonGraphWriter.clause(c).toString();
    }

    @Test
    void aSimpleHardDependencyIsAPlainId() {
        assertThat(clause(Clause.on(ServiceId.of("a")))).isEqualTo("\"a\"");
    }

    @Test
    void aDependencyWithSoftDelayOrNoteUsesOn() {
        assertThat(clause(Clause.on(ServiceId.of("a")).asSoft())).isEqualTo("{\"on\":\"a\",\"soft\":true}");
        assertThat(clause(Clause.on(ServiceId.of("a")).withDelay(Duration.ofMinutes(90)).withNote("why")))
                .isEqualTo("{\"on\":\"a\",\"delay\":\"PT1H30M\",\"note\":\"why\"}");
    }

    @Test
    void groupsUseAnyOfAllOfOrAtLeast() {
        assertThat(clause(Clause.anyOf(AB))).isEqualTo("{\"anyOf\":[\"a\",\"b\"]}");
        assertThat(clause(Clause.allOf(AB).asSoft())).isEqualTo("{\"allOf\":[\"a\",\"b\"],\"soft\":true}");
        assertThat(clause(Clause.atLeast(2, ABC).withDelay(Duration.ofMillis(1500))))
                .isEqualTo("{\"atLeast\":2,\"of\":[\"a\",\"b\",\"c\"],\"delay\":\"PT1.5S\"}");
    }

    @Test
    void defaultsAreLeftOut() throws Exception {
        assertThat(write(Graph.of(Service.of("a")))).isEqualTo("""
                {
                  "blastmap": 1,
                  "services": [
                    {
                      "id": "a"
                    }
                  ]
                }
                """);
    }

    @Test
    void everyFieldIsWrittenInAFixedOrderWithShortValuesOnOneLine() throws Exception {
        Graph graph = new Graph("Shop", "A \"small\" shop\n", List.of("https://example.com"), List.of(
                Service.builder("web").label("Storefront").kind(Kind.APP).region("eu").zone("eu-1").group("front")
                        .tags("tier-1").weight(2.5).customerFacing(true).dependsOn("db")
                        .dependsOn(Clause.on(ServiceId.of("db2")).asSoft()).build(),
                Service.builder("db").weight(0).build(),
                Service.of("db2")),
                List.of(new Scenario("s", "s", "", List.of(new Step(OffsetDateTime.parse("2025-10-19T23:48-07:00"),
                        "", "Gone.", List.of(ServiceId.of("db")), List.of(), List.of())))));

        assertThat(write(graph)).isEqualTo("""
                {
                  "blastmap": 1,
                  "name": "Shop",
                  "description": "A \\"small\\" shop\\n",
                  "sources": ["https://example.com"],
                  "services": [
                    {
                      "id": "web",
                      "label": "Storefront",
                      "kind": "app",
                      "region": "eu",
                      "zone": "eu-1",
                      "group": "front",
                      "tags": ["tier-1"],
                      "weight": 2.5,
                      "customerFacing": true,
                      "dependsOn": ["db", {"on": "db2", "soft": true}]
                    },
                    {
                      "id": "db",
                      "weight": 0
                    },
                    {
                      "id": "db2"
                    }
                  ],
                  "scenarios": [
                    {
                      "id": "s",
                      "steps": [
                        {
                          "time": "2025-10-19T23:48:00-07:00",
                          "narration": "Gone.",
                          "knockOut": ["db"]
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void listsTooLongForOneLineGetOneEntryPerLine() throws Exception {
        Service.Builder web = Service.builder("web");
        String text = write(Graph.of(List.of(
                web.dependsOn("a-rather-long-service-name-1", "a-rather-long-service-name-2",
                        "a-rather-long-service-name-3").build(),
                Service.of("a-rather-long-service-name-1"), Service.of("a-rather-long-service-name-2"),
                Service.of("a-rather-long-service-name-3"))));

        assertThat(text).contains("""
                      "dependsOn": [
                        "a-rather-long-service-name-1",
                        "a-rather-long-service-name-2",
                        "a-rather-long-service-name-3"
                      ]
                """);
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(JsonPrettyPrinter.WIDTH));
    }

    @Test
    void stringsAreEscapedSoThatTheyReadBackThroughUtf8() {
        assertThat(JsonPrettyPrinter.quote("a\"b\\c\n\t\u0001\u2028é😀")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001\\u2028é😀\"");
        assertThat(JsonPrettyPrinter.quote("lone \uD83D high")).isEqualTo("\"lone \\ud83d high\"");
    }

    @Test
    void wholeWeightsHaveNoFractionAndOthersKeepEveryDigit() throws Exception {
        Graph graph = Graph.of(Service.builder("a").weight(5).build(), Service.builder("b").weight(0.1).build(),
                Service.builder("c").weight(1e300).build());

        String text = write(graph);

        assertThat(text).contains("\"weight\": 5\n", "\"weight\": 0.1\n", "\"weight\": 1.0E300\n");
        assertThat(new JsonGraphReader().read(new StringReader(text), "w.json").graph()).isEqualTo(graph);
    }

    @Test
    void theExampleFileIsWrittenExactlyAsItIsStored() throws Exception {
        Path example = Path.of("..", "docs", "examples", "shop.blastmap.json");
        String stored = Files.readString(example, StandardCharsets.UTF_8);

        Graph graph = new JsonGraphReader().read(example).graph();

        assertThat(write(graph)).isEqualTo(stored);
    }
}
