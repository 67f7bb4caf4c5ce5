package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.SampleGraphs;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GraphImageTest {

    private static final Graph SHOP = SampleGraphs.shop().withTitle("Shop", "");
    private static Layout layout;

    @BeforeAll
    static void layOut() {
        System.setProperty("java.awt.headless", "true");
        layout = LayoutAlgorithm.layered().layout(SHOP);
    }

    @Test
    void theSvgIsWellFormedXmlWithEveryLabel() throws Exception {
        String svg = GraphImage.svg(SHOP, layout, Radii.shopWithoutUsersDb(), Theme.light());
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        String text = texts(doc);
        for (Service s : SHOP.services()) {
            assertThat(text).contains(s.label());
        }
        assertThat(text).contains("Knocked out", "Down", "Degraded", "Healthy", "1 knocked out, 5 down (4 collateral)");
    }

    @Test
    void aServiceNamedLikeAScriptStaysInertText() throws Exception {
        Graph evil = Graph.of(Service.builder("x").label("<script>alert('x')</script> & \"co\"\u0001").build(),
                Service.builder("y").label("]]><!--").dependsOn("x").build())
                .withTitle("<img src=x onerror=alert(1)>", "");
        Layout l = LayoutAlgorithm.layered().layout(evil);
        String svg = GraphImage.svg(evil, l, null, Theme.dark());
        assertThat(svg).doesNotContain("<script", "<img", "<!--");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(texts(doc)).contains("<script>alert(", "]]><!--");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void thePngShowsEachStateInItsOwnColour() throws IOException {
        BlastRadius radius = Radii.shopWithoutUsersDb();
        Theme theme = Theme.light();
        GraphImage image = GraphImage.of(SHOP, layout).radius(radius).theme(theme);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(image.size().width() * 2));

        double dx = GraphImage.MARGIN - layout.bounds().x();
        double dy = GraphImage.MARGIN + image.header() - layout.bounds().y();
        assertThat(dominant(png, layout.nodes().get(ServiceId.of("users-db")), dx, dy))
                .isEqualTo(theme.style(ServiceState.KNOCKED_OUT).fill().rgbHex());
        assertThat(dominant(png, layout.nodes().get(ServiceId.of("checkout")), dx, dy))
                .isEqualTo(theme.style(ServiceState.DOWN).fill().rgbHex());
        assertThat(dominant(png, layout.nodes().get(ServiceId.of("cache-1")), dx, dy))
                .isEqualTo(theme.style(ServiceState.HEALTHY).fill().rgbHex());
        assertThat(rgb(png.getRGB(2, 2))).isEqualTo(theme.background().rgbHex());
    }

    @Test
    void aDarkPictureHasADarkBackground() throws IOException {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(GraphImage.png(SHOP, layout, null, Theme.dark())));
        assertThat(rgb(png.getRGB(2, 2))).isEqualTo(Theme.dark().background().rgbHex());
    }

    @Test
    void anEmptyGraphStillMakesAPicture() throws Exception {
        Graph empty = Graph.of();
        Layout l = LayoutAlgorithm.layered().layout(empty);
        assertThat(parse(GraphImage.svg(empty, l, null, Theme.light())).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(ImageIO.read(new ByteArrayInputStream(GraphImage.png(empty, l, null, Theme.light())))).isNotNull();
    }

    /** Writes pictures of the sample graph for a person to look at, when asked with -Dblastmap.pictures=DIR. */
    @Test
    void picturesCanBeWrittenForAPersonToLookAt() throws IOException {
        String dir = System.getProperty("blastmap.pictures");
        if (dir == null) {
            return;
        }
        Path out = Path.of(dir);
        Files.createDirectories(out);
        for (Theme t : new Theme[] {Theme.light(), Theme.dark()}) {
            GraphImage image = GraphImage.of(SHOP, layout).radius(Radii.shopWithoutUsersDb()).theme(t);
            Files.write(out.resolve("shop-" + t.name() + ".png"), image.png());
            Files.writeString(out.resolve("shop-" + t.name() + ".svg"), image.svg());
        }
    }

    /** The most common colour in the middle-right part of a box (past the icon, around the label). */
    private static String dominant(BufferedImage png, Box box, double dx, double dy) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int x0 = (int) ((box.x() + dx + 40) * 2);
        int x1 = (int) ((box.maxX() + dx - 6) * 2);
        int y0 = (int) ((box.y() + dy + 5) * 2);
        int y1 = (int) ((box.maxY() + dy - 5) * 2);
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                counts.merge(rgb(png.getRGB(x, y)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String rgb(int argb) {
        return String.format("#%06x", argb & 0xffffff);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static String texts(Document doc) {
        StringBuilder all = new StringBuilder();
        NodeList list = doc.getElementsByTagName("text");
        for (int i = 0; i < list.getLength(); i++) {
            all.append(list.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }
}
