package dev.blastmap.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFormatsTest {

    private static String sniff(String name, String fixture) throws GraphImportException {
        return GraphFormats.forReading(name, Fixtures.text(fixture)).name();
    }

    @Test
    void jsonFilesAreToldApartByTheirContent() throws Exception {
        assertThat(sniff("deps.json", "tracing/zipkin-dependencies.json")).isEqualTo("zipkin");
        assertThat(sniff("deps.json", "tracing/jaeger-v1-dependencies.json")).isEqualTo("jaeger");
        assertThat(sniff("deps.json", "tracing/jaeger-v3-dependencies.json")).isEqualTo("jaeger");
        assertThat(sniff("graph.json", "kiali/bookinfo.json")).isEqualTo("kiali");
        assertThat(sniff("graph.json", "cytoscape/flat-elements.json")).isEqualTo("cytoscape");
        assertThat(sniff("graph.json", "cytoscape/nodes-and-edges.json")).isEqualTo("cytoscape");
        assertThat(GraphFormats.forReading("g.json", "{\n  \"blastmap\": 1, \"services\": []}").name()).isEqualTo("blastmap");
    }

    @Test
    void dotFilesAreToldApartByTheirContent() throws Exception {
        assertThat(sniff("plan.dot", "dot/terraform-1.7.dot")).isEqualTo("terraform");
        assertThat(sniff("plan.gv", "dot/terraform-legacy.dot")).isEqualTo("terraform");
        assertThat(sniff("arch.dot", "dot/services.dot")).isEqualTo("dot");
    }

    @Test
    void otherExtensionsChooseTheirFormat() throws Exception {
        assertThat(sniff("g.graphml", "graphml/yed.graphml")).isEqualTo("graphml");
        assertThat(sniff("g.xml", "graphml/networkx.graphml")).isEqualTo("graphml");
        assertThat(sniff("g.gml", "gml/networkx.gml")).isEqualTo("gml");
        assertThat(sniff("g.csv", "csv/edges.csv")).isEqualTo("csv");
        assertThat(sniff("catalog-info.yaml", "backstage/catalog-info.yaml")).isEqualTo("backstage");
        assertThat(sniff("net.cyjs", "cytoscape/desktop.cyjs")).isEqualTo("cytoscape");
        assertThat(GraphFormats.forReading("headerless.csv", "a,b\n").name()).isEqualTo("csv");
    }

    @Test
    void contentWinsWhenItPlainlyIsAnotherFormatThanTheExtensionSays() throws Exception {
        assertThat(sniff("misnamed.gml", "graphml/networkx.graphml")).isEqualTo("graphml");
        assertThat(sniff("exported.txt", "dot/services.dot")).isEqualTo("dot");
        assertThat(sniff("<stdin>", "backstage/catalog-info.yaml")).isEqualTo("backstage");
    }

    @Test
    void whenNothingMatchesTheErrorNamesTheFileAndListsTheFormats() {
        assertThatThrownBy(() -> GraphFormats.forReading("notes.txt", "just some words"))
                .isInstanceOfSatisfying(GraphImportException.class, e -> assertThat(e.getMessage())
                        .startsWith("notes.txt: error: not a graph format Blastmap reads")
                        .contains("GraphML").contains("Zipkin").contains("Backstage").contains("--from"));
        assertThatThrownBy(() -> GraphFormats.forReading("data.json", "{\"hello\": \"world\"}"))
                .hasMessageContaining("data.json").hasMessageContaining("Kiali").hasMessageNotContaining("GML");
    }

    @Test
    void aBinaryFileIsRefusedWithTheFormatItsNameClaims() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThatThrownBy(() -> GraphFormats.read(new ByteArrayInputStream(png), "graph.graphml"))
                .hasMessage("graph.graphml: error: this is a binary file, not GraphML (*.graphml, *.xml)");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() {
        // a DOT comment that never ends: cheap to skip, so the test measures the limit, not a parser
        byte[] start = "digraph { /*".getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            private long left = (4L << 20) + 10;
            private int at;

            @Override
            public int read() {
                return left-- > 0 ? (at < start.length ? start[at++] : ' ') : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                if (at < start.length) {
                    b[off] = (byte) read();
                    return 1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> GraphFormats.read(endless, "<stdin>", GraphFormats.DOT, 4L << 20))
                .isInstanceOf(GraphImportException.class).hasMessageContaining("larger than 4 MiB");
    }

    @Test
    void aFileIsReadByNameAndContentAndWritersGoByExtension(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deps.json");
        Files.writeString(file, Fixtures.text("tracing/zipkin-dependencies.json"), StandardCharsets.UTF_8);
        assertThat(GraphFormats.read(file).graph().size()).isEqualTo(5);
        assertThat(GraphFormats.forWriting("x.blastmap.json")).contains(GraphFormats.NATIVE);
        assertThat(GraphFormats.forWriting("x.json")).contains(GraphFormats.NATIVE);
        assertThat(GraphFormats.forWriting("x.cyjs")).contains(GraphFormats.CYTOSCAPE);
        assertThat(GraphFormats.forWriting("tree.mef.xml")).contains(GraphFormats.MEF);
        assertThat(GraphFormats.forWriting("g.xml")).contains(GraphFormats.GRAPHML);
        assertThat(GraphFormats.forWriting("g.GV")).contains(GraphFormats.DOT);
        assertThat(GraphFormats.forWriting("g.txt")).isEmpty();
    }

    @Test
    void everyFormatHasAUniqueNameAndEveryWriterWritesWhatItsReaderReads(@TempDir Path dir) throws Exception {
        assertThat(GraphFormats.all()).extracting(GraphFormat::name).doesNotHaveDuplicates();
        Graph g = Graph.of(Service.builder("web").dependsOn("db").build(), Service.of("db"));
        for (GraphFormat f : GraphFormats.writers()) {
            if (f.reader() == null) {
                continue;
            }
            Path file = dir.resolve("g." + f.extensions().get(0));
            GraphFormats.write(g, file, f);
            assertThat(GraphFormats.read(file).graph().services()).as(f.name()).extracting(s -> s.id().value())
                    .containsExactly("web", "db");
        }
    }

    @Test
    void everySnifferAnswersAHostileHeadAtOnceAndInASmallStack() throws Exception {
        List<String> units = List.of(" ", "\n", "x [ ", "a b ", "/* ", "// x\n", "# x\n", "\"", "{\"data\":",
                "\"elements\":", "[{", "graph ", "source,", "apiVersion: ", "\t", "<graphml");
        for (GraphFormat format : GraphFormats.readers()) {
            for (String u : units) {
                for (String v : units) {
                    String head = (u + v).repeat(8192 / (u + v).length());
                    Thread small = new Thread(null, () -> format.sniffer().test(head), "sniff", 128 * 1024);
                    Throwable[] failure = new Throwable[1];
                    small.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
                    small.start();
                    small.join(2000);
                    assertThat(small.isAlive()).as(format.name() + " on " + u + v).isFalse();
                    assertThat(failure[0]).as(format.name() + " on " + u + v).isNull();
                }
            }
        }
    }

    private static ReadResult readBytes(byte[] bytes, String name) throws Exception {
        return GraphFormats.read(new ByteArrayInputStream(bytes), name);
    }

    private static byte[] withBom(String text, java.nio.charset.Charset charset, byte... bom) {
        byte[] body = text.getBytes(charset);
        byte[] out = java.util.Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void aTerraformGraphThatPowerShellWroteInUtf16WithCrlfIsRead() throws Exception {
        String dot = Fixtures.text("dot/terraform-legacy.dot").replace("\n", "\r\n");
        for (byte[] bytes : java.util.List.of(
                withBom(dot, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
                withBom(dot, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF),
                withBom(dot, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF))) {
            ReadResult r = readBytes(bytes, "graph.dot");
            assertThat(r.graph().services()).extracting(s -> s.id().value()).contains("aws_instance.web", "aws_vpc.main");
        }
    }

    @Test
    void aNamedPipeIsReadOnceAndSniffedFromItsHead(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("graph-pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "digraph { web -> db }\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        ReadResult r = GraphFormats.read(fifo);
        writer.join();
        assertThat(r.graph().services()).extracting(s -> s.id().value()).containsExactly("web", "db");
    }

    @Test
    void everyTextFormatHonoursAByteOrderMark() throws Exception {
        for (String fixture : java.util.List.of("graphml/yed.graphml", "gml/networkx.gml", "csv/edges.csv",
                "backstage/catalog-info.yaml", "kiali/bookinfo.json", "cytoscape/desktop.cyjs", "dot/services.dot")) {
            String name = fixture.substring(fixture.indexOf('/') + 1);
            int plain = readBytes(Fixtures.text(fixture).getBytes(StandardCharsets.UTF_8), name).graph().size();
            byte[] utf16 = withBom(Fixtures.text(fixture), StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);
            assertThat(readBytes(utf16, name).graph().size()).as(fixture).isEqualTo(plain).isPositive();
        }
    }

    @Test
    void aCytoscapeDesktopExportWhoseElementsComeAfterALargeDataBlockIsRecognised() throws Exception {
        StringBuilder data = new StringBuilder("{\"format_version\":\"1.0\",\"generated_by\":\"cytoscape-3.10.2\",\"data\":{");
        for (int i = 0; i < 2000; i++) {
            data.append("\"attribute_").append(i).append("\":\"some long value of the network table\",");
        }
        data.append("\"name\":\"shop\"},\"elements\":{\"nodes\":[{\"data\":{\"id\":\"web\"}},{\"data\":{\"id\":\"db\"}}],"
                + "\"edges\":[{\"data\":{\"id\":\"e\",\"source\":\"web\",\"target\":\"db\"}}]}}");
        assertThat(data.length()).isGreaterThan(64 * 1024);
        ReadResult r = readBytes(data.toString().getBytes(StandardCharsets.UTF_8), "network.json");
        assertThat(r.graph().services()).extracting(s -> s.id().value()).containsExactly("web", "db");
    }

    @Test
    void aFolderIsAProblemWithItsName(@TempDir Path dir) {
        assertThatThrownBy(() -> GraphFormats.read(dir)).isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void aKialiGraphWithItsElementsLateIsRecognisedFromStandardInput() throws Exception {
        String kiali = Fixtures.text("kiali/bookinfo.json");
        String padded = "{\"padding\":\"" + "x".repeat(20_000) + "\"," + kiali.strip().substring(1);
        ReadResult r = readBytes(padded.getBytes(StandardCharsets.UTF_8), "<stdin>");
        assertThat(r.graph().size()).isEqualTo(readBytes(kiali.getBytes(StandardCharsets.UTF_8), "g.json").graph().size());
    }

    @Test
    void aForeignFileThatYieldsNoServiceIsAnErrorSayingWhatWasTried() {
        String yaml = "apiVersion: backstage.io/v1alpha1\nkind: Template\nmetadata:\n  name: x\n";
        assertThatThrownBy(() -> readBytes(yaml.getBytes(StandardCharsets.UTF_8), "catalog.yaml"))
                .isInstanceOf(GraphImportException.class)
                .hasMessageContaining("no service found").hasMessageContaining("Backstage")
                .hasMessageContaining("--from");
        assertThatThrownBy(() -> readBytes("source,target\n".getBytes(StandardCharsets.UTF_8), "empty.csv"))
                .hasMessageContaining("no service found");
    }
}
