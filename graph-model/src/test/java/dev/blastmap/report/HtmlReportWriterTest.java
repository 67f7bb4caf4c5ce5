package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportWriterTest {

    private static String html(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(String html) throws Exception {
        return XmlDocuments.parse(html);
    }

    private static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void aReportOfAGraphWithAvailabilitiesMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("shop-availability.html", html(ReportFixtures.shopAvailabilityReport()));
    }

    @Test
    void aKnockoutReportMatchesItsGoldenFile() throws Exception {
        GoldenFiles.assertMatches("shop-knockout.html", html(ReportFixtures.shopReport()));
    }

    @Test
    void aScenarioReportMatchesItsGoldenFile() throws Exception {
        GoldenFiles.assertMatches("shop-scenario.html", html(ReportFixtures.shopScenarioReport()));
    }

    @Test
    void theReportIsWellFormedXhtmlWithItsPictureInline() throws Exception {
        Document document = parse(html(ReportFixtures.shopReport()));

        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(elements(document, "svg")).singleElement()
                .satisfies(svg -> assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg"));
        assertThat(elements(document, "style")).hasSize(1);
    }

    @Test
    void theReportRunsNoScriptAndFetchesNothing() throws Exception {
        String html = html(ReportFixtures.shopReport());
        Document document = parse(html);

        assertThat(elements(document, "script")).isEmpty();
        assertThat(elements(document, "link")).isEmpty();
        assertThat(elements(document, "img")).isEmpty();
        assertThat(elements(document, "iframe")).isEmpty();
        assertThat(html).doesNotContainIgnoringCase("src=").doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("@import");
        for (Element e : elements(document, "*")) {
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                assertThat(e.getAttributes().item(i).getNodeName()).doesNotStartWithIgnoringCase("on");
            }
        }
        List<String> hrefs = new ArrayList<>();
        for (Element a : elements(document, "a")) {
            hrefs.add(a.getAttribute("href"));
        }
        assertThat(hrefs).containsExactly("https://example.com/shop-architecture");
    }

    @Test
    void theReportStatesTheImpactTheSpreadAndTheSpofs() throws Exception {
        String text = parse(html(ReportFixtures.shopReport())).getDocumentElement().getTextContent();

        assertThat(text).contains("Tiny web shop", "db-primary", "db-replica", "the on-call runbook",
                "Made by Blastmap 0.1.0-test on 2026-01-15 09:30 +00:00",
                "5services down", "3collateral", "2customer-facing down", "18weighted impact", "of 25 in all",
                "catalog ← db-replica", "needs 1 of db-primary, db-replica", "Single points of failure");
    }

    @Test
    void hostileNamesStayText() throws Exception {
        String html = html(ReportFixtures.hostileReport());
        Document document = parse(html);

        assertThat(elements(document, "script")).isEmpty();
        assertThat(elements(document, "img")).isEmpty();
        assertThat(elements(document, "a")).isEmpty();
        assertThat(html).doesNotContain("<script").doesNotContain("<img");
        String text = document.getDocumentElement().getTextContent();
        assertThat(text).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "=HYPERLINK(\"http://x\",\"y\")", "javascript:alert(1)");
        assertThat(elements(document, "title").get(0).getTextContent())
                .isEqualTo("Blast radius: <script>alert(1)</script>");
    }

    @Test
    void theAppsPaintingEmbedsAsVectorsWithoutAnythingFetched() throws Exception {
        Report report = Report.of(ReportFixtures.shop(), ReportFixtures.selectors("db-primary", "db-replica"),
                ReportFixtures.SETTINGS.withPicture(GraphPicture.painted()));

        String html = html(report);
        Document document = parse(html);

        assertThat(elements(document, "svg")).hasSize(1);
        assertThat(elements(document, "rect").size()).isGreaterThanOrEqualTo(12);
        assertThat(elements(document, "script")).isEmpty();
        assertThat(elements(document, "image")).isEmpty();
        assertThat(html).doesNotContainIgnoringCase("url(http").doesNotContainIgnoringCase("@import");
        assertThat(document.getDocumentElement().getTextContent()).contains("Storefront", "Payment provider");
    }

    @Test
    void aReportWithoutAPictureSaysSo() throws Exception {
        Report report = Report.of(ReportFixtures.shop(), ReportFixtures.selectors("dns"),
                ReportFixtures.SETTINGS.withPicture(GraphPicture.none()));

        String html = html(report);

        assertThat(html).contains("No picture was drawn").doesNotContain("<svg");
    }

    @Test
    void onlyPlainWebAddressesBecomeLinks() {
        assertThat(HtmlReportWriter.isWebLink("https://example.com/a?b=c")).isTrue();
        assertThat(HtmlReportWriter.isWebLink("HTTP://EXAMPLE.COM")).isTrue();
        assertThat(HtmlReportWriter.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(HtmlReportWriter.isWebLink("data:text/html,<script>")).isFalse();
        assertThat(HtmlReportWriter.isWebLink("https://x/\"onmouseover=\"alert(1)")).isFalse();
        assertThat(HtmlReportWriter.isWebLink("the runbook")).isFalse();
    }
}
