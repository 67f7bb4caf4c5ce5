package dev.blastmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.Problem;
import dev.blastmap.io.ProblemList;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonGraphReaderTest {

    private static ReadResult read(String json) throws Exception {
        return new JsonGraphReader().read(new StringReader(json), "test.json");
    }

    private static List<Problem> problems(String json) {
        GraphImportException e = catchThrowableOfType(GraphImportException.class, () -> read(json));
        assertThat(e).as("the file should be refused").isNotNull();
        return e.problems();
    }

    private static Problem onlyError(String json) {
        List<Problem> errors = problems(json).stream().filter(Problem::isError).toList();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static ServiceId id(String value) {
        return ServiceId.of(value);
    }

    @Test
    void numbersBeyondAnyRangeAreProblemsNotCrashes() {
        assertThat(onlyError("{\"blastmap\": 1e9999999999, \"services\": []}").message()).contains("out of range");
        assertThat(onlyError("{\"blastmap\": 1, \"services\": [{\"id\": \"a\", \"weight\": 1e9999999999}]}")
                .message()).contains("\"weight\"");
        assertThat(onlyError("{\"blastmap\": 1, \"services\": [{\"id\": \"a\"}, {\"id\": \"b\", "
                + "\"dependsOn\": [{\"atLeast\": 1e-9999999999, \"of\": [\"a\"]}]}]}").message()).contains("out of range");
    }

    @Test
    void readsEveryFieldOfTheDocumentAndOfAService() throws Exception {
        ReadResult result = read("""
                {
                  "blastmap": 1, "name": "Shop", "description": "A shop.", "sources": ["https://example.com"],
                  "services": [
                    {"id": "web", "label": "Storefront", "kind": "load-balancer", "region": "us-east-1",
                     "zone": "use1-az1", "group": "front", "tags": ["tier-1", "public"], "weight": 2.5,
                     "customerFacing": true, "dependsOn": ["db"]},
                    {"id": "db"}
                  ]
                }
                """);

        Graph g = result.graph();
        assertThat(result.warnings()).isEmpty();
        assertThat(g.name()).isEqualTo("Shop");
        assertThat(g.description()).isEqualTo("A shop.");
        assertThat(g.sources()).containsExactly("https://example.com");
        assertThat(g.require(id("web"))).isEqualTo(Service.builder("web").label("Storefront")
                .kind(Kind.LOAD_BALANCER).region("us-east-1").zone("use1-az1").group("front")
                .tags("tier-1", "public").weight(2.5).customerFacing(true).dependsOn("db").build());
    }

    @Test
    void missingFieldsTakeTheirDefaults() throws Exception {
        Graph g = read("""
                {"blastmap": 1, "services": [{"id": "db"}]}
                """).graph();

        Service db = g.require(id("db"));
        assertThat(g.name()).isEmpty();
        assertThat(g.scenarios()).isEmpty();
        assertThat(db.label()).isEqualTo("db");
        assertThat(db.kind()).isEqualTo(Kind.SERVICE);
        assertThat(db.region()).isNull();
        assertThat(db.tags()).isEmpty();
        assertThat(db.weight()).isEqualTo(1.0);
        assertThat(db.customerFacing()).isFalse();
        assertThat(db.dependsOn()).isEmpty();
    }

    @Test
    void aFileWithNoServicesIsAnEmptyGraph() throws Exception {
        assertThat(read("{\"blastmap\": 1}").graph().size()).isZero();
    }

    @Test
    void readsEveryClauseForm() throws Exception {
        Graph g = read("""
                {"blastmap": 1, "services": [
                  {"id": "app", "dependsOn": [
                    "a",
                    {"on": "b", "soft": true},
                    {"anyOf": ["a", "b"]},
                    {"allOf": ["a", "b", "c"]},
                    {"atLeast": 2, "of": ["a", "b", "c"], "delay": "PT5M"},
                    {"on": "c", "delay": "PT10M", "note": "cached for 10 minutes"}
                  ]},
                  {"id": "a"}, {"id": "b"}, {"id": "c"}
                ]}
                """).graph();

        List<ServiceId> ab = List.of(id("a"), id("b"));
        List<ServiceId> abc = List.of(id("a"), id("b"), id("c"));
        assertThat(g.require(id("app")).dependsOn()).containsExactly(
                Clause.on(id("a")),
                Clause.on(id("b")).asSoft(),
                Clause.anyOf(ab),
                Clause.allOf(abc),
                Clause.atLeast(2, abc).withDelay(Duration.ofMinutes(5)),
                Clause.on(id("c")).withDelay(Duration.ofMinutes(10)).withNote("cached for 10 minutes"));
    }

    @Test
    void readsScenariosAndTheirSteps() throws Exception {
        Graph g = read("""
                {"blastmap": 1, "services": [{"id": "dns"}, {"id": "db", "dependsOn": ["dns"]}],
                 "scenarios": [{"id": "outage", "title": "The outage", "description": "What happened.",
                   "steps": [
                     {"time": "2025-10-19T23:48:00-07:00", "title": "DNS fails", "narration": "It starts.",
                      "knockOut": ["dns"], "frame": ["dns", "db"]},
                     {"restore": ["dns"]}
                   ]}]}
                """).graph();

        assertThat(g.scenarios()).containsExactly(new Scenario("outage", "The outage", "What happened.", List.of(
                new Step(OffsetDateTime.parse("2025-10-19T23:48:00-07:00"), "DNS fails", "It starts.",
                        List.of(id("dns")), List.of(), List.of(id("dns"), id("db"))),
                new Step(null, "", "", List.of(), List.of(id("dns")), List.of()))));
    }

    @Test
    void anUnknownServiceIsReportedWithItsPathLineAndColumn() {
        Problem p = onlyError("""
                {"blastmap": 1, "services": [
                  {"id": "web", "dependsOn": ["db", {"anyOf": ["cache", "dbb"]}]},
                  {"id": "db"}, {"id": "cache"}
                ]}
                """);

        assertThat(p.toString()).isEqualTo(
                "test.json:2:57: error: unknown service \"dbb\" (at $.services[0].dependsOn[1].anyOf[1])");
    }

    @Test
    void unknownServicesAreLocatedInEveryFormOfClause() {
        List<String> errors = problems("""
                {"blastmap": 1, "services": [
                  {"id": "web", "dependsOn": ["nope1", {"on": "nope2", "soft": true}]},
                  {"dependsOn": [{"allOf": ["db", 7, "nope3"]}, {"atLeast": 1, "of": ["nope4"]}], "id": "api"},
                  {"id": "db"}
                ]}
                """).stream().filter(Problem::isError).map(Problem::toString).toList();

        assertThat(errors).containsExactly(
                "test.json:2:31: error: unknown service \"nope1\" (at $.services[0].dependsOn[0])",
                "test.json:2:47: error: unknown service \"nope2\" (at $.services[0].dependsOn[1].on)",
                "test.json:3:35: error: each entry of \"allOf\" must be a string, found a number"
                        + " (at $.services[1].dependsOn[0].allOf[1])",
                "test.json:3:38: error: unknown service \"nope3\" (at $.services[1].dependsOn[0].allOf[2])",
                "test.json:3:71: error: unknown service \"nope4\" (at $.services[1].dependsOn[1].of[0])");
    }

    @Test
    void aServiceNamedBeforeItIsDefinedIsNotUnknown() throws Exception {
        Graph g = read("""
                {"blastmap": 1, "services": [{"id": "web", "dependsOn": ["db"]}, {"id": "db"}]}
                """).graph();

        assertThat(g.require(id("web")).dependsOn().get(0).members()).containsExactly(id("db"));
        assertThat(g.require(id("web")).dependsOn().get(0).members().get(0))
                .as("a clause shares the one id of the service it names").isSameAs(g.require(id("db")).id());
    }

    @Test
    void aMemberListedTwiceIsReportedWhereItIsRepeated() {
        Problem p = onlyError("""
                {"blastmap": 1, "services": [
                  {"id": "web", "dependsOn": [{"anyOf": ["db", "cache", "db"]}]},
                  {"id": "db"}, {"id": "cache"}
                ]}
                """);

        assertThat(p.toString()).isEqualTo(
                "test.json:2:57: error: \"db\" is listed twice (at $.services[0].dependsOn[0].anyOf[2])");
    }

    @Test
    void everyUnknownServiceIsReportedUpToTheLimitAndTheRestAreCounted() {
        StringBuilder json = new StringBuilder("{\"blastmap\": 1, \"services\": [\n");
        for (int i = 0; i < 150; i++) {
            json.append("{\"id\": \"s").append(i).append("\", \"dependsOn\": [\"missing").append(i).append("\"]},\n");
        }
        json.append("{\"id\": \"last\"}]}");

        List<Problem> errors = problems(json.toString()).stream().filter(Problem::isError).toList();

        assertThat(errors).hasSize(ProblemList.LIMIT + 1);
        assertThat(errors.get(0).toString())
                .isEqualTo("test.json:2:28: error: unknown service \"missing0\" (at $.services[0].dependsOn[0])");
        assertThat(errors.get(ProblemList.LIMIT - 1).line()).isEqualTo(ProblemList.LIMIT + 1);
        assertThat(errors.get(ProblemList.LIMIT).message()).startsWith("50 more errors not shown");
    }

    @Test
    void aServiceIdRepeatedFarApartIsReportedWithBothLines() {
        StringBuilder json = new StringBuilder("{\"blastmap\": 1, \"services\": [\n");
        for (int i = 0; i < 2000; i++) {
            json.append("{\"id\": \"s").append(i).append("\"},\n");
        }
        json.append("{\"id\": \"s7\"}]}");

        Problem p = onlyError(json.toString());

        assertThat(p.toString()).isEqualTo(
                "test.json:2002:8: error: the service id \"s7\" is already used at line 9 (at $.services[2000].id)");
    }

    @Test
    void aRepeatedServiceIdIsReportedWhereItIsRepeated() {
        Problem p = onlyError("""
                {"blastmap": 1, "services": [
                  {"id": "db"},
                  {"id": "db"}
                ]}
                """);

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(10);
        assertThat(p.path()).isEqualTo("$.services[1].id");
        assertThat(p.message()).isEqualTo("the service id \"db\" is already used at line 2");
    }

    @Test
    void aServiceThatDependsOnItselfIsRefused() {
        Problem p = onlyError("""
                {"blastmap": 1, "services": [{"dependsOn": [{"on": "a"}], "id": "a"}]}
                """);

        assertThat(p.message()).isEqualTo("\"a\" depends on itself");
        assertThat(p.path()).isEqualTo("$.services[0].dependsOn[0].on");
    }

    @Test
    void anAtLeastThatCanNeverHoldIsRefused() {
        String template = """
                {"blastmap": 1, "services": [{"id": "a", "dependsOn": [{"atLeast": %s, "of": ["b", "c"]}]},
                  {"id": "b"}, {"id": "c"}]}
                """;

        assertThat(onlyError(template.formatted("3")).message())
                .isEqualTo("\"atLeast\": 3 of 2 services is impossible; it must be a whole number from 1 to 2");
        assertThat(onlyError(template.formatted("0")).path()).isEqualTo("$.services[0].dependsOn[0].atLeast");
        assertThat(onlyError(template.formatted("1.5")).message()).contains("1.5 of 2 services is impossible");
        assertThat(onlyError(template.formatted("\"2\"")).message())
                .isEqualTo("\"atLeast\" must be a number, found a string");
    }

    @Test
    void aWholeAtLeastWrittenWithAFractionIsAccepted() throws Exception {
        Graph g = read("""
                {"blastmap": 1, "services": [{"id": "a", "dependsOn": [{"atLeast": 2.0, "of": ["b", "c"]}]},
                  {"id": "b"}, {"id": "c"}]}
                """).graph();

        assertThat(g.require(id("a")).dependsOn().get(0).need()).isEqualTo(2);
    }

    @Test
    void badAndNegativeDelaysAreRefused() {
        String template = """
                {"blastmap": 1, "services": [{"id": "a", "dependsOn": [{"on": "b", "delay": "%s"}]}, {"id": "b"}]}
                """;

        Problem bad = onlyError(template.formatted("5 minutes"));
        assertThat(bad.message()).startsWith("\"delay\" must be an ISO-8601 duration").endsWith("found \"5 minutes\"");
        assertThat(bad.path()).isEqualTo("$.services[0].dependsOn[0].delay");
        assertThat(bad.column()).isEqualTo(77);
        assertThat(onlyError(template.formatted("-PT5M")).message()).isEqualTo("\"delay\" must not be negative, found \"-PT5M\"");
    }

    @Test
    void aStepTimeWithoutAnOffsetIsRefused() {
        Problem p = onlyError("""
                {"blastmap": 1, "services": [{"id": "a"}],
                 "scenarios": [{"id": "s", "steps": [{"time": "2025-10-19T23:48:00", "knockOut": ["a"]}]}]}
                """);

        assertThat(p.path()).isEqualTo("$.scenarios[0].steps[0].time");
        assertThat(p.message()).contains("ISO-8601 date and time with an offset");
    }

    @Test
    void scenariosNamingUnknownServicesAndRepeatedScenarioIdsAreRefused() {
        List<Problem> errors = problems("""
                {"blastmap": 1, "services": [{"id": "a"}],
                 "scenarios": [
                   {"id": "s", "steps": [{"knockOut": ["a"], "restore": ["b"], "frame": ["c"]}]},
                   {"id": "s", "steps": []}
                 ]}
                """);

        assertThat(errors).extracting(Problem::path).containsExactly("$.scenarios[0].steps[0].restore[0]",
                "$.scenarios[0].steps[0].frame[0]", "$.scenarios[1].id");
        assertThat(errors.get(2).message()).isEqualTo("the scenario id \"s\" is already used at line 3");
    }

    @Test
    void availabilityIsReadAndAbsentMeansPerfectlyReliable() throws Exception {
        Graph g = read("""
                {"blastmap": 1, "services": [{"id": "a", "availability": 0.9995}, {"id": "b"}]}
                """).graph();

        assertThat(g.require(ServiceId.of("a")).availability()).isEqualTo(0.9995);
        assertThat(g.require(ServiceId.of("b")).availability()).isEqualTo(1.0);
    }

    @Test
    void aDescriptionIsReadAsWrittenAndAbsentMeansNone() throws Exception {
        Graph g = read("""
                {"blastmap": 1, "services": [{"id": "a", "description": "Takes orders.\\nSecond line"}, {"id": "b"}]}
                """).graph();

        assertThat(g.require(ServiceId.of("a")).description()).isEqualTo("Takes orders.\nSecond line");
        assertThat(g.require(ServiceId.of("b")).description()).isEmpty();
    }

    @Test
    void aDescriptionThatIsNotTextIsReportedWithItsPath() {
        assertThat(onlyError("""
                {"blastmap": 1, "services": [{"id": "a", "description": 42}]}
                """).path()).isEqualTo("$.services[0].description");
    }

    @Test
    void anAvailabilityThatIsNoProbabilityIsRefusedWithAHintForPercentages() {
        List<Problem> errors = problems("""
                {"blastmap": 1, "services": [
                  {"id": "a", "availability": 0},
                  {"id": "b", "availability": 99.9},
                  {"id": "c", "availability": -1e-3},
                  {"id": "d", "availability": "0.9"}
                ]}
                """);

        assertThat(errors).extracting(Problem::path, Problem::message).containsExactly(
                tuple("$.services[0].availability", "\"availability\" must be a probability above 0 and at most 1, found 0"),
                tuple("$.services[1].availability",
                        "\"availability\" must be a probability above 0 and at most 1, found 99.9; for 99.9% write 0.999"),
                tuple("$.services[2].availability",
                        "\"availability\" must be a probability above 0 and at most 1, found -1e-3"),
                tuple("$.services[3].availability", "\"availability\" must be a number, found a string"));
    }

    @Test
    void valuesOfTheWrongTypeAreReportedEachWithItsPath() {
        List<Problem> errors = problems("""
                {"blastmap": 1, "services": [
                  {"id": 7},
                  {"id": "b", "label": null, "tags": "tier-1", "weight": "5", "customerFacing": "yes"},
                  {"id": "c", "dependsOn": "b"},
                  {"id": "d", "dependsOn": [42]},
                  "e"
                ]}
                """);

        assertThat(errors).extracting(Problem::path, Problem::message).containsExactly(
                tuple("$.services[0].id", "\"id\" must be a string, found a number"),
                tuple("$.services[1].label", "\"label\" must be a string, found null"),
                tuple("$.services[1].tags", "\"tags\" must be an array, found a string"),
                tuple("$.services[1].weight", "\"weight\" must be a number, found a string"),
                tuple("$.services[1].customerFacing",
                        "\"customerFacing\" must be true or false, found a string"),
                tuple("$.services[2].dependsOn",
                        "\"dependsOn\" must be an array, found a string"),
                tuple("$.services[3].dependsOn[0]",
                        "a dependency (a service id or an object) must be an object, found a number"),
                tuple("$.services[4]", "a service must be an object, found a string"));
    }

    @Test
    void missingBlankAndPaddedIdsAreRefused() {
        List<Problem> errors = problems("""
                {"blastmap": 1, "services": [{"label": "x"}, {"id": " "}, {"id": " a"}, {"id": "b", "dependsOn": [""]}]}
                """);

        assertThat(errors).extracting(Problem::message).containsExactly(
                "a service needs an \"id\"",
                "\"id\" must not be empty",
                "the service id \" a\" must not start or end with white space",
                "a dependency must not be empty");
    }

    @Test
    void aClauseMustUseExactlyOneForm() {
        String template = """
                {"blastmap": 1, "services": [{"id": "a", "dependsOn": [%s]}, {"id": "b"}, {"id": "c"}]}
                """;

        assertThat(onlyError(template.formatted("{\"on\": \"b\", \"anyOf\": [\"c\"]}")).message())
                .endsWith("this one has on, anyOf");
        assertThat(onlyError(template.formatted("{\"soft\": true}")).message())
                .isEqualTo("a dependency needs exactly one of \"on\", \"anyOf\", \"allOf\" or \"atLeast\"+\"of\"");
        assertThat(onlyError(template.formatted("{\"of\": [\"b\"]}")).message()).startsWith("\"of\" needs \"atLeast\"");
        assertThat(onlyError(template.formatted("{\"atLeast\": 1}")).message()).startsWith("\"atLeast\" needs \"of\"");
        assertThat(onlyError(template.formatted("{\"anyOf\": []}")).message())
                .isEqualTo("\"anyOf\" must list at least one service");
        assertThat(onlyError(template.formatted("{\"anyOf\": \"b\"}")).message())
                .isEqualTo("\"anyOf\" must be an array, found a string");
        assertThat(onlyError(template.formatted("{\"allOf\": [\"b\", \"c\", \"b\"]}")).path())
                .isEqualTo("$.services[0].dependsOn[0].allOf[2]");
    }

    @Test
    void anUnknownKindIsRefusedListingTheKnownOnes() {
        Problem p = onlyError("""
                {"blastmap": 1, "services": [{"id": "a", "kind": "databse"}]}
                """);

        assertThat(p.message()).startsWith("unknown kind \"databse\"; it must be one of dns, load-balancer, database");
    }

    @Test
    void negativeAndEndlessWeightsAreRefused() {
        assertThat(onlyError("{\"blastmap\": 1, \"services\": [{\"id\": \"a\", \"weight\": -0.5}]}").message())
                .isEqualTo("\"weight\" must be a number of at least 0, found -0.5");
        assertThat(onlyError("{\"blastmap\": 1, \"services\": [{\"id\": \"a\", \"weight\": 1e400}]}").path())
                .isEqualTo("$.services[0].weight");
    }

    @Test
    void numbersBooleansAndNullsOfTheWrongTypeArePointedAtExactly() {
        List<Problem> errors = problems("""
                {"blastmap": 1, "services": [{"id": "a", "label": 12345, "zone": 1.5e3, "group": true,
                  "tags": [false, null, -7], "weight": -12, "dependsOn": [{"atLeast": 30, "of": ["b"]}]}, {"id": "b"}]}
                """);

        assertThat(errors).extracting(Problem::line, Problem::column, Problem::path).containsExactly(
                tuple(1, 51, "$.services[0].label"),
                tuple(1, 66, "$.services[0].zone"),
                tuple(1, 82, "$.services[0].group"),
                tuple(2, 12, "$.services[0].tags[0]"),
                tuple(2, 19, "$.services[0].tags[1]"),
                tuple(2, 25, "$.services[0].tags[2]"),
                tuple(2, 40, "$.services[0].weight"),
                tuple(2, 71, "$.services[0].dependsOn[0].atLeast"));
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        Problem p = onlyError("""
                {"blastmap": 1, "services": [{"id": "a", "weight": 1, "weight": 2}]}
                """);

        assertThat(p.message()).isEqualTo("the field \"weight\" is given twice");
        assertThat(p.column()).isEqualTo(55);
    }

    @Test
    void aFileWithoutTheVersionOrWithAnotherVersionIsRefused() {
        assertThat(onlyError("{\"services\": []}").message())
                .isEqualTo("not a Blastmap file: it needs \"blastmap\": 1 at the top level");
        assertThat(onlyError("{\"blastmap\": 2}").message())
                .isEqualTo("this file is in Blastmap format version 2; this Blastmap reads version 1");
        assertThat(onlyError("[1, 2]").message()).isEqualTo("a Blastmap file must be an object, found an array");
    }

    @Test
    void unknownFieldsAreWarningsWithAHintForMisspellings() throws Exception {
        ReadResult result = read("""
                {"blastmap": 1, "$schema": "https://example.com/blastmap.schema.json",
                 "services": [{"id": "a", "dependson": ["b"], "colour": {"nested": [1, 2, {"deep": true}]}}, {"id": "b"}]}
                """);

        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                "test.json:2:27: warning: unknown field \"dependson\" ignored (did you mean \"dependsOn\"?) (at $.services[0].dependson)",
                "test.json:2:47: warning: unknown field \"colour\" ignored (at $.services[0].colour)");
        assertThat(result.graph().require(id("a")).dependsOn()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceInDocumentOrder() {
        List<Problem> problems = problems("""
                {"blastmap": 1, "services": [
                  {"id": "a", "dependsOn": ["a", "nope", {"atLeast": 3, "of": ["b"]}], "extra": 1},
                  {"id": "b", "kind": "mainframe", "dependsOn": [{"on": "a", "delay": "soon"}]},
                  {"id": "a"}
                ]}
                """);

        assertThat(problems).filteredOn(Problem::isError).extracting(Problem::path).containsExactly(
                "$.services[0].dependsOn[0]",
                "$.services[0].dependsOn[1]",
                "$.services[0].dependsOn[2].atLeast",
                "$.services[1].kind",
                "$.services[1].dependsOn[0].delay",
                "$.services[2].id");
        assertThat(problems).filteredOn(p -> !p.isError()).extracting(Problem::path)
                .containsExactly("$.services[0].extra");
    }

    @Test
    void aCutShortFileGivesOneProblemAtTheLineWhereItStops() {
        List<Problem> problems = problems("""
                {"blastmap": 1, "services": [
                  {"id": "a", "dependsOn": ["nope"]},
                  {"id": "b\"""");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).message()).isEqualTo(
                "not valid JSON: the text ends before the JSON does (is the file cut short?)");
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThat(onlyError("").message()).isEqualTo("the file is empty; a Blastmap file is a JSON object");
        assertThat(onlyError("   \n").message()).startsWith("not valid JSON");
    }

    @Test
    void textThatIsNotJsonGivesOneProblemWithItsLine() {
        Problem p = onlyError("""
                {"blastmap": 1,
                 "services": [{"id": 'a'}]}
                """);

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).startsWith("not valid JSON here");
        assertThat(onlyError("hello").message()).startsWith("not valid JSON");
        assertThat(onlyError("{\"blastmap\": 1} trailing").message()).startsWith("not valid JSON here");
        assertThat(onlyError("{\"blastmap\": 1, \"services\": [],}").line()).isEqualTo(1);
    }

    @Test
    void binaryInputGivesOneProblem() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff, '{'};
        GraphImportException e = catchThrowableOfType(GraphImportException.class,
                () -> new JsonGraphReader().read(new ByteArrayInputStream(bytes), "image.png"));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).message()).startsWith("not valid JSON");
    }

    @Test
    void aFileThatIsNotUtf8GivesOneProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.blastmap.json");
        Files.write(file, "{\"blastmap\": 1, \"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        GraphImportException e = catchThrowableOfType(GraphImportException.class,
                () -> new JsonGraphReader().read(file));

        assertThat(e.problems()).extracting(Problem::message)
                .containsExactly("the file is not UTF-8 text; a Blastmap file is JSON in UTF-8");
    }

    @Test
    void deeplyNestedValuesAreRefusedWithoutAStackOverflow() {
        String deep = "[".repeat(100_000);
        Problem p = onlyError("{\"blastmap\": 1, \"junk\": " + deep + "}");

        assertThat(p.message()).isEqualTo("not a Blastmap file: values are nested more than 255 levels deep");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        assertThat(read("\uFEFF{\"blastmap\": 1, \"services\": [{\"id\": \"a\"}]}").graph().size()).isEqualTo(1);
    }

    @Test
    void aFileWithThousandsOfErrorsKeepsTheFirstHundred() {
        StringBuilder json = new StringBuilder("{\"blastmap\": 1, \"services\": [{\"id\": \"a\", \"dependsOn\": [");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ", ").append("\"missing-").append(i).append('"');
        }
        List<Problem> problems = problems(json.append("]}]}").toString());

        assertThat(problems).hasSize(ProblemList.LIMIT + 1);
        assertThat(problems.get(ProblemList.LIMIT).message()).isEqualTo("4900 more errors not shown; fix these first");
    }

    @Test
    void everyServiceKnowsWhereItsIdIsWritten() throws Exception {
        ReadResult r = new JsonGraphReader().read(new StringReader(
                "{\"blastmap\": 1, \"services\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\", \"dependsOn\": [\"a\"]}]}"), "p.json");
        assertThat(r.positionOf(ServiceId.of("b")).orElseThrow().line()).isEqualTo(3);
        assertThat(r.positionOf(ServiceId.of("a")).orElseThrow().line()).isEqualTo(2);
    }
}
