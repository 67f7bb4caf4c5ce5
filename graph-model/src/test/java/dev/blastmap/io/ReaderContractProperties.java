package dev.blastmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.blastmap.io.formats.GraphFormat;
import dev.blastmap.io.formats.GraphFormats;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract of every {@link GraphReader}: whatever it is fed (random text, random bytes, real files cut
 * short or garbled) it returns a graph or throws {@link GraphImportException}, never anything else, and it
 * never hangs.
 */
class ReaderContractProperties {

    private static final Map<String, List<String>> FIXTURES = Map.ofEntries(
            Map.entry("graphml", List.of("graphml/yed.graphml", "graphml/networkx.graphml", "graphml/gephi.graphml")),
            Map.entry("dot", List.of("dot/services.dot")),
            Map.entry("terraform", List.of("dot/terraform-1.7.dot", "dot/terraform-legacy.dot")),
            Map.entry("gml", List.of("gml/networkx.gml")),
            Map.entry("csv", List.of("csv/edges.csv")),
            Map.entry("zipkin", List.of("tracing/zipkin-dependencies.json")),
            Map.entry("jaeger", List.of("tracing/jaeger-v1-dependencies.json", "tracing/jaeger-v3-dependencies.json")),
            Map.entry("kiali", List.of("kiali/bookinfo.json")),
            Map.entry("cytoscape", List.of("cytoscape/flat-elements.json", "cytoscape/desktop.cyjs")),
            Map.entry("backstage", List.of("backstage/catalog-info.yaml")),
            Map.entry("blastmap", List.of("cytoscape/nodes-and-edges.json")));

    private static void onlyReportsProblems(GraphFormat format, String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                assertThat(format.reader().read(new StringReader(text), "fuzz").graph()).isNotNull();
            } catch (GraphImportException e) {
                assertThat(e.problems()).anyMatch(Problem::isError);
                assertThat(e.problems()).allMatch(p -> p.source().equals("fuzz"));
            }
        });
    }

    @Property(tries = 1500)
    void anyTextIsReadOrReportedAsProblems(@ForAll("readers") GraphFormat format, @ForAll("texts") String text) {
        onlyReportsProblems(format, text);
    }

    @Property(tries = 1500)
    void realFilesCutShortOrGarbledAreReadOrReportedAsProblems(@ForAll("garbledFixtures") Map.Entry<GraphFormat, String> case_) {
        onlyReportsProblems(case_.getKey(), case_.getValue());
    }

    @Property(tries = 500)
    void anyBytesThroughTheRegistryAreReadOrReportedAsProblems(@ForAll byte[] bytes,
                                                               @ForAll("fileNames") String name) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                GraphFormats.read(new ByteArrayInputStream(bytes), name);
            } catch (GraphImportException e) {
                assertThat(e.problems()).anyMatch(Problem::isError);
            }
        });
    }

    @Provide
    Arbitrary<GraphFormat> readers() {
        return Arbitraries.of(GraphFormats.readers());
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("g.json", "g.graphml", "g.xml", "g.dot", "g.gv", "g.gml", "g.csv", "g.yaml", "g.cyjs",
                "g.blastmap.json", "g", "<stdin>");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> syntax = Arbitraries.strings().withChars("{}[]<>\"':,;=-/\\#&!*?\n\t abcxyz019.")
                .ofMaxLength(200);
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> prefixed = Combinators.combine(Arbitraries.of("<graphml>", "digraph {", "graph [",
                "[{\"parent\":", "{\"elements\":", "apiVersion: backstage.io/v1\n", "source,target\n", "{\"blastmap\":1,"),
                syntax).as(String::concat);
        return Arbitraries.oneOf(syntax, any, prefixed);
    }

    @Provide
    Arbitrary<Map.Entry<GraphFormat, String>> garbledFixtures() {
        return Arbitraries.of(List.copyOf(FIXTURES.keySet())).flatMap(name -> {
            GraphFormat format = GraphFormats.byName(name).orElseThrow();
            return Arbitraries.of(FIXTURES.get(name)).map(Fixtures::text)
                    .flatMap(text -> garble(text).map(g -> Map.entry(format, g)));
        });
    }

    private static Arbitrary<String> garble(String text) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, text.length());
        Arbitrary<String> cut = at.map(i -> text.substring(0, i));
        Arbitrary<String> inserted = Combinators.combine(at, Arbitraries.strings().ofMinLength(1).ofMaxLength(4))
                .as((i, s) -> text.substring(0, i) + s + text.substring(i));
        Arbitrary<String> deleted = Combinators.combine(at, Arbitraries.integers().between(1, 20))
                .as((i, n) -> text.substring(0, i) + text.substring(Math.min(text.length(), i + n)));
        Arbitrary<String> doubled = Combinators.combine(at, at).as((i, j) -> {
            int a = Math.min(i, j);
            int b = Math.max(i, j);
            return text.substring(0, b) + text.substring(a);
        });
        return Arbitraries.oneOf(cut, inserted, deleted, doubled);
    }
}
