package dev.blastmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import dev.blastmap.testing.RandomGraphs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** read(write(g)) equals g, through UTF-8 bytes as on disk; and no text makes the reader throw anything else. */
class JsonRoundTripProperties {

    // The generator already mixes in awkward values; jqwik's own edge cases of it cost more than they find.
    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void readingWhatWasWrittenGivesTheSameGraph(@ForAll("richGraphs") Graph graph) throws Exception {
        byte[] bytes = write(graph);
        ReadResult result = new JsonGraphReader().read(new ByteArrayInputStream(bytes), "written.json");

        assertThat(result.graph()).isEqualTo(graph);
        assertThat(result.warnings()).isEmpty();
    }

    @Property(tries = 300)
    void readingWhatWasWrittenGivesTheSameGraphForTheEnginesGraphs(@ForAll("engineGraphs") Graph graph)
            throws Exception {
        assertThat(new JsonGraphReader().read(new ByteArrayInputStream(write(graph)), "g.json").graph())
                .isEqualTo(graph);
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void writingIsStable(@ForAll("richGraphs") Graph graph) throws Exception {
        Graph read = new JsonGraphReader().read(new ByteArrayInputStream(write(graph)), "g.json").graph();

        assertThat(write(read)).isEqualTo(write(graph));
    }

    /** Like Caffeine's fuzzed parser: damaged documents are refused with problems, never another exception. */
    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void damagedDocumentsOnlyEverGiveImportProblems(@ForAll("damagedDocuments") String text) {
        Throwable thrown = catchThrowable(() -> new JsonGraphReader().read(new StringReader(text), "damaged.json"));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(GraphImportException.class);
            assertThat(((GraphImportException) thrown).problems()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<Graph> richGraphs() {
        return RichGraphs.graphs();
    }

    @Provide
    Arbitrary<Graph> engineGraphs() {
        return RandomGraphs.graphs();
    }

    @Provide
    Arbitrary<String> damagedDocuments() {
        Arbitrary<String> documents = RichGraphs.graphs().map(JsonRoundTripProperties::text);
        Arbitrary<String> insertions = Arbitraries.of("", "{", "}", "[", "]", ",", ":", "\"", "null", "1", "-1",
                "true", "\"x\"", "\\", "1e999", "{}", "[]", "\"dependsOn\": 5", "\u0000", "/*", "\uFEFF");
        return Combinators.combine(documents, Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 8),
                insertions).as((doc, where, cut, insertion) -> {
                    int at = (int) (where * doc.length());
                    int end = Math.min(doc.length(), at + cut);
                    return doc.substring(0, at) + insertion + doc.substring(end);
                });
    }

    private static String text(Graph graph) {
        StringWriter out = new StringWriter();
        try {
            new JsonGraphWriter().write(graph, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    private static byte[] write(Graph graph) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new JsonGraphWriter().write(graph, out);
        }
        return bytes.toByteArray();
    }
}
