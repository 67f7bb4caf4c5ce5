package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

    private static byte[] pdf(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(report, out);
        return out.toByteArray();
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void thePdfHoldsTheGraphTheKnockoutAndTheImpact() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(ReportFixtures.shopReport()))) {
            String text = text(document);

            assertThat(document.getNumberOfPages()).isBetween(1, 4);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Blast radius: Tiny web shop");
            assertThat(text).contains("Tiny web shop", "db-primary", "db-replica", "services down", "collateral",
                    "18", "of 25 in all", "Storefront", "Single points of failure", "Page 1 of");
        }
    }

    @Test
    void aScenarioPdfListsEveryStep() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(ReportFixtures.shopScenarioReport()))) {
            String text = text(document);

            assertThat(text).contains("The DNS provider fails", "DNS stops answering", "A zone goes too",
                    "Everything is back", "2025-03-01 09:20 +00:00", "Zone az1 loses power.");
        }
    }

    @Test
    void hostileNamesPrintAsText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(ReportFixtures.hostileReport()))) {
            String text = text(document);

            // Table cells wrap long names, and text extraction turns the wraps into spaces.
            assertThat(text.replace(" ", "")).contains("<script>alert(1)</script>", "=HYPERLINK(\"http://x\",\"y\")");
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
        }
    }

    @Test
    void greekAndCyrillicPrintWhenDejaVuIsInstalled() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")),
                "DejaVu Sans is not installed here");
        Report report = Report.of(ReportFixtures.shop().withTitle("Москва → Αθήνα", ""), ReportFixtures.selectors("dns"),
                ReportFixtures.SETTINGS);

        try (PDDocument document = Loader.loadPDF(pdf(report))) {
            assertThat(text(document)).contains("Москва → Αθήνα", "catalog", "Load balancer");
        }
    }
}
