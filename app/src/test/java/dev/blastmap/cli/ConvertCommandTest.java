package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        return BlastmapCommand.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aTerraformGraphBecomesGraphmlChosenByTheNames() throws Exception {
        Path in = dir.resolve("plan.dot");
        Files.writeString(in, "digraph G {\n  rankdir = \"RL\";\n  node [shape = rect, fontname = \"sans-serif\"];\n"
                + "  \"[root] aws_lb.a (expand)\" -> \"[root] aws_instance.b (expand)\"\n}\n");
        Path outFile = dir.resolve("plan.graphml");
        assertThat(run("", "convert", in.toString(), outFile.toString())).isZero();
        assertThat(Files.readString(outFile)).contains("<edge source=\"aws_lb.a\" target=\"aws_instance.b\"/>");
    }

    @Test
    void standardInAndOutWorkWithNamedFormats() {
        assertThat(run("source,target\nweb,db\n", "convert", "-", "-", "--from", "csv", "--to", "dot")).isZero();
        assertThat(out.toString()).contains("\"web\" -> \"db\";");
    }

    @Test
    void badInputExitsTwoWithOneLinePerProblem() throws Exception {
        Path in = dir.resolve("broken.csv");
        Files.writeString(in, "source,target\n,b\n,c\n");
        assertThat(run("", "convert", in.toString(), dir.resolve("x.graphml").toString())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                in + ":2: error: CSV: the row has no source",
                in + ":3: error: CSV: the row has no source");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsOneLine() {
        assertThat(run("", "convert", dir.resolve("nope.graphml").toString(), "x.dot")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().endsWith("nope.graphml: error: no such file");
    }

    @Test
    void anUnknownTargetNameListsTheWritableFormats() {
        assertThat(run("", "convert", "in.csv", "out.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("--to").contains("graphml").contains("mef");
    }

    @Test
    void nothingIsSaidWhenNothingIsLost() throws Exception {
        Path in = dir.resolve("plain.csv");
        Files.writeString(in, "source,target\na,b\n");
        assertThat(run("", "convert", in.toString(), dir.resolve("plain.dot").toString())).isZero();
        assertThat(run("", "convert", in.toString(), dir.resolve("plain2.csv").toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCycleCannotBecomeAFaultTree() throws Exception {
        Path in = dir.resolve("ring.csv");
        Files.writeString(in, "source,target\na,b\nb,a\n");
        assertThat(run("", "convert", in.toString(), dir.resolve("ring.mef.xml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ring.mef.xml: error: a fault tree cannot hold a cycle");
    }

    @Test
    void whatTheTargetCannotHoldIsAWarning() throws Exception {
        Path in = dir.resolve("g.csv");
        Files.writeString(in, "source,target,type\na,b\na,c,soft\n");
        assertThat(run("", "convert", in.toString(), dir.resolve("g.mef.xml").toString())).isZero();
        assertThat(err.toString()).contains("warning: Open-PSA MEF fault tree").contains("cannot hold soft dependencies");
        assertThat(Files.readString(dir.resolve("g.mef.xml"))).contains("<define-gate name=\"a\">");
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndLeavesNoTemporaryFile() throws Exception {
        Path in = dir.resolve("g.csv");
        Files.writeString(in, "source,target\nweb,db\n");
        Path target = dir.resolve("missing").resolve("g.graphml");
        assertThat(run("", "convert", in.toString(), target.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(target + ": error: cannot be written: no such folder");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("g.csv");
        }
    }

    @Test
    void manyTraceFilesConcatenatedOnStandardInputBecomeOneGraph() {
        String first = "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":"
                + "{\"stringValue\":\"web\"}}]},\"scopeSpans\":[{\"spans\":[{\"traceId\":\"t1\",\"spanId\":\"a\",\"kind\":3}]}]}]}\n";
        String second = "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":"
                + "{\"stringValue\":\"api\"}}]},\"scopeSpans\":[{\"spans\":[{\"traceId\":\"t1\",\"spanId\":\"b\","
                + "\"parentSpanId\":\"a\",\"kind\":2}]}]}]}\n";
        assertThat(run(first + second, "convert", "-", "-", "--to", "csv")).isZero();
        assertThat(out.toString()).contains("web,api,hard");
    }

    @Test
    void aKubernetesManifestIsNotTakenForAnEmptyBackstageCatalog() throws Exception {
        Path in = dir.resolve("app.yaml");
        Files.writeString(in, """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: nginx, env: [{name: API, value: "api:8080"}]}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  selector: {matchLabels: {app: api}}
                  template:
                    metadata: {labels: {app: api}}
                    spec: {containers: [{name: api, image: example/api}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: api}
                spec: {selector: {app: api}}
                """);
        assertThat(run("", "convert", in.toString(), "-", "--to", "csv")).isZero();
        assertThat(out.toString()).contains("web,api,hard");
        Path values = dir.resolve("values.yaml");
        Files.writeString(values, "replicaCount: 2\nimage:\n  repository: nginx\n");
        assertThat(run("", "convert", values.toString(), "-")).isEqualTo(2);
        assertThat(err.toString()).contains("Kubernetes").contains("CloudFormation").doesNotContain("Exception");
    }
}
