package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    private static final String GRAPH = """
            { "blastmap": 1, "name": "Tiny <shop>",
              "services": [
                { "id": "web", "label": "Web <script>x</script>", "kind": "app", "dependsOn": ["api"] },
                { "id": "api", "kind": "service", "region": "r1", "dependsOn": ["db"] },
                { "id": "db", "kind": "database", "region": "r1" } ] }
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BlastmapCommand.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err)).execute(args);
    }

    private Path graph() throws IOException {
        return Files.writeString(dir.resolve("tiny.blastmap.json"), GRAPH);
    }

    @Test
    void writesAnSvgWithEveryLabelEscaped() throws Exception {
        Path svg = dir.resolve("tiny.svg");
        assertThat(run("render", graph().toString(), "--knock", "db", "--out", svg.toString())).as(err::toString).isZero();
        String text = Files.readString(svg);
        // The label wraps onto two lines: "Web" and "<script>x</script>".
        assertThat(text).contains(">Web<", "&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertThat(f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesAPngInTheDarkTheme() throws Exception {
        Path png = dir.resolve("tiny.png");
        assertThat(run("render", graph().toString(), "-k", "region:r1", "--theme", "dark", "--layout", "force",
                "-o", png.toString())).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(image.getRGB(1, 1) & 0xffffff).isEqualTo(0x16181d);
    }

    @Test
    void aFileNameWithoutSvgOrPngIsBadUsage() throws Exception {
        assertThat(run("render", graph().toString(), "--out", dir.resolve("x.gif").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("blastmap render: error: --out").contains(".svg or .png")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownServiceThemeOrLayoutIsBadInput() throws Exception {
        String g = graph().toString();
        String o = dir.resolve("x.svg").toString();
        assertThat(run("render", g, "--knock", "nope", "--out", o)).isEqualTo(2);
        assertThat(run("render", g, "--theme", "sepia", "--out", o)).isEqualTo(2);
        assertThat(run("render", g, "--layout", "circular", "--out", o)).isEqualTo(2);
        assertThat(run("render", g, "--group-by", "team", "--out", o)).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("blastmap render: error:"));
        assertThat(Files.exists(dir.resolve("x.svg"))).isFalse();
    }

    @Test
    void aMissingOrBrokenGraphIsBadInputWithoutAStackTrace() throws Exception {
        assertThat(run("render", dir.resolve("missing.json").toString(), "--out", dir.resolve("x.png").toString()))
                .isEqualTo(2);
        Path broken = Files.writeString(dir.resolve("broken.blastmap.json"), "{ \"blastmap\": 1, \"services\": [ {");
        assertThat(run("render", broken.toString(), "--out", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aPictureThatCannotBeWrittenIsOneLineWithTheExitCodeOfEveryCommand() throws Exception {
        Path target = dir.resolve("missing").resolve("g.svg");
        assertThat(run("render", graph().toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(target + ": error: cannot be written: no such folder");
    }

    @Test
    void aPictureReplacesTheOldOneWholeAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("g.svg");
        Files.writeString(target, "old");
        assertThat(run("render", graph().toString(), "--out", target.toString())).isZero();
        assertThat(Files.readString(target)).startsWith("<svg").endsWith("</svg>\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
