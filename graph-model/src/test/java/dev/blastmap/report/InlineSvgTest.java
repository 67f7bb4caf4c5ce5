package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InlineSvgTest {

    @Test
    void theDeclarationGoesAndTheClassIsSet() {
        String svg = InlineSvg.embeddable(ReportFixtures.PICTURE, "graph");

        assertThat(svg).startsWith("<svg").contains("class=\"graph\"", "xmlns=\"http://www.w3.org/2000/svg\"",
                ">db-primary</text>").doesNotContain("<?xml");
    }

    @Test
    void anythingActiveIsRemoved() {
        String svg = InlineSvg.embeddable("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
                <script>alert(2)</script><foreignObject><div>x</div></foreignObject>
                <a xlink:href="javascript:alert(3)"><text onclick="alert(4)">t</text></a>
                <image href="http://tracker.example/pixel.png"/><use href="#node"/>
                </svg>""", "graph");

        assertThat(svg).doesNotContain("alert").doesNotContain("script").doesNotContain("foreignObject")
                .doesNotContain("tracker").contains("href=\"#node\"", ">t</text>");
    }

    @Test
    void externalEntitiesAreNeverRead() {
        String svg = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>""";

        assertThat(InlineSvg.embeddable(svg, "graph")).doesNotContain("root:").contains("<text/>");
    }

    @Test
    void somethingElseThanSvgIsRefused() {
        assertThatThrownBy(() -> InlineSvg.embeddable("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "graph"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an SVG");
        assertThatThrownBy(() -> InlineSvg.embeddable("<svg", "graph"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("well-formed");
    }
}
