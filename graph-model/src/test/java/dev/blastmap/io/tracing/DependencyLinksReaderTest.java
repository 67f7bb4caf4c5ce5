package dev.blastmap.io.tracing;

import static dev.blastmap.io.Fixtures.edges;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import org.junit.jupiter.api.Test;

class DependencyLinksReaderTest {

    private final DependencyLinksReader reader = new DependencyLinksReader("Zipkin");

    @Test
    void zipkinParentsDependOnTheirChildren() throws Exception {
        ReadResult r = Fixtures.read(reader, "tracing/zipkin-dependencies.json");
        assertThat(ids(r.graph())).containsExactly("frontend", "checkout", "payment", "cart", "redis");
        assertThat(edges(r.graph())).containsExactly("frontend -> checkout", "checkout -> payment",
                "checkout -> cart", "cart -> redis");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("frontend depends on itself"));
    }

    @Test
    void jaegerV1AndV3ResponsesAreRead() throws Exception {
        assertThat(edges(Fixtures.read(reader, "tracing/jaeger-v1-dependencies.json").graph())).containsExactly(
                "frontend -> customer", "frontend -> driver", "frontend -> route", "customer -> mysql",
                "driver -> redis-manual");
        assertThat(edges(Fixtures.read(reader, "tracing/jaeger-v3-dependencies.json").graph())).containsExactly(
                "frontend -> customer", "frontend -> driver", "customer -> mysql");
    }

    @Test
    void aLinkWithoutAChildIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> Fixtures.read(reader, "[\n{\"parent\":\"a\",\"child\":\"b\"},\n{\"parent\":\"a\"}\n]", "z.json"))
                .isInstanceOfSatisfying(GraphImportException.class, e -> {
                    assertThat(e.problems().get(0).line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("z.json:3: error: Zipkin: $[1] needs both \"parent\" and \"child\"");
                });
    }

    @Test
    void truncatedJsonSaysSo() {
        assertThatThrownBy(() -> Fixtures.read(reader, "[{\"parent\":\"a\",\"child\":\"b\"},{\"par", "cut.json"))
                .hasMessageContaining("cut.json:1").hasMessageContaining("truncated");
    }

    @Test
    void deeplyNestedJsonIsAProblemNotAStackOverflow() {
        assertThatThrownBy(() -> Fixtures.read(reader, "[".repeat(100_000), "deep.json"))
                .isInstanceOf(GraphImportException.class).hasMessageContaining("deep.json");
    }

    @Test
    void sniffingTellsZipkinFromJaeger() {
        assertThat(DependencyLinksReader.looksLikeZipkin(Fixtures.text("tracing/zipkin-dependencies.json"))).isTrue();
        assertThat(DependencyLinksReader.looksLikeJaeger(Fixtures.text("tracing/zipkin-dependencies.json"))).isFalse();
        assertThat(DependencyLinksReader.looksLikeJaeger(Fixtures.text("tracing/jaeger-v1-dependencies.json"))).isTrue();
        assertThat(DependencyLinksReader.looksLikeJaeger(Fixtures.text("tracing/jaeger-v3-dependencies.json"))).isTrue();
        assertThat(DependencyLinksReader.looksLikeZipkin(Fixtures.text("cytoscape/flat-elements.json"))).isFalse();
    }

    @Test
    void aJaegerResponseThatReportsErrorsIsReadWithAWarningAtTheErrorsLine() throws Exception {
        String json = "{\"total\": 1, \"limit\": 0,\n\"errors\": [{\"code\": 500}],\n"
                + "\"data\": [{\"parent\": \"a\", \"child\": \"b\", \"callCount\": 3}]}";
        ReadResult r = Fixtures.read(new DependencyLinksReader("Jaeger"), json, "j.json");
        assertThat(edges(r.graph())).containsExactly("a -> b");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.message()).contains("reports errors");
        });
    }
}
