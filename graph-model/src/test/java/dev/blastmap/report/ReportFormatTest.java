package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatTest {

    @TempDir
    Path folder;

    @Test
    void theExtensionChoosesTheFormatWhateverItsCase() {
        assertThat(ReportFormat.forFile(Path.of("out/report.html"))).contains(ReportFormat.HTML);
        assertThat(ReportFormat.forFile(Path.of("REPORT.PDF"))).contains(ReportFormat.PDF);
        assertThat(ReportFormat.forFile(Path.of("a.b.md"))).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.forFile(Path.of("r.json"))).contains(ReportFormat.JSON);
        assertThat(ReportFormat.forFile(Path.of("r.csv"))).contains(ReportFormat.CSV);
        assertThat(ReportFormat.forFile(Path.of("r.docx"))).isEmpty();
        assertThat(ReportFormat.forFile(Path.of("html"))).isEmpty();
    }

    @Test
    void everyFormatWritesAFileThatStartsAsItShould() throws IOException {
        Report report = ReportFixtures.shopReport();
        for (ReportFormat format : ReportFormat.values()) {
            Path file = folder.resolve("report." + format.extension());

            format.write(report, file);

            String head = new String(Files.readAllBytes(file), 0, 9, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(head).as(format.name()).startsWith(switch (format) {
                case HTML -> "<!DOCTYPE";
                case PDF -> "%PDF-";
                case MARKDOWN -> "# Blast";
                case JSON -> "{";
                case CSV -> "id,label";
            });
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.html", "report.pdf", "report.md", "report.svg", "report.json",
                            "report.csv");
        }
    }

    @Test
    void aMarkdownFileGetsItsPictureBesideIt() throws IOException {
        Path file = folder.resolve("incident.md");

        ReportFormat.MARKDOWN.write(ReportFixtures.shopReport(), file);

        assertThat(Files.readString(file)).contains("](incident.svg)");
        assertThat(folder.resolve("incident.svg")).hasContent(ReportFixtures.PICTURE);
    }

    @Test
    void aReportIsReadableLikeAnyNewFile() throws IOException {
        Path file = folder.resolve("report.json");
        Path plain = Files.writeString(folder.resolve("plain.txt"), "x");

        ReportFormat.JSON.write(ReportFixtures.shopReport(), file);

        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.json", "plain.txt");
        }
    }

    @Test
    void writingReplacesAnOldReport() throws IOException {
        Path file = folder.resolve("report.csv");
        Files.writeString(file, "old");

        ReportFormat.CSV.write(ReportFixtures.shopReport(), file);

        assertThat(Files.readString(file)).startsWith("id,label");
    }

    @Test
    void formatsWithoutAPictureNeverDrawOneSoTheyNeverLayOut() throws IOException {
        java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();
        ReportSettings counting = ReportFixtures.SETTINGS.withPicture((graph, radius) -> {
            drawn.incrementAndGet();
            return ReportFixtures.PICTURE;
        });
        Report report = Report.of(ReportFixtures.shop(), java.util.List.of(), counting);
        ReportFormat.JSON.write(report, folder.resolve("r.json"));
        ReportFormat.CSV.write(report, folder.resolve("r.csv"));
        assertThat(drawn).hasValue(0);
        ReportFormat.HTML.write(report, folder.resolve("r.html"));
        ReportFormat.MARKDOWN.write(report, folder.resolve("r.md"));
        assertThat(drawn).hasValue(1);
    }
}
