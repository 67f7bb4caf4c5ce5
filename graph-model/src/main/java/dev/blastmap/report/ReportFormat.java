package dev.blastmap.report;

import dev.blastmap.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a {@link Report} is written in, chosen by file extension:
 *
 * <pre>{@code
 * ReportFormat format = ReportFormat.forFile(path)
 *         .orElseThrow(() -> new IllegalArgumentException("unknown report type"));
 * format.write(report, path);
 * }</pre>
 *
 * <ul>
 *   <li>{@link #HTML}: one self-contained file, CSS and SVG inline, no scripts, nothing fetched; prints well.</li>
 *   <li>{@link #PDF}: the same HTML rendered to PDF by openhtmltopdf.</li>
 *   <li>{@link #MARKDOWN}: GitHub-flavoured Markdown; written to a file, the picture goes beside it as an
 *       SVG file of the same name.</li>
 *   <li>{@link #JSON}: the shape documented in {@code docs/report.schema.json}; no picture.</li>
 *   <li>{@link #CSV}: one row per service with its outcome and SPOF figures; no picture.</li>
 * </ul>
 * Every format keeps names inert: markup is escaped, and CSV cells a spreadsheet would run are guarded.
 */
public enum ReportFormat {

    /** Self-contained XHTML. */
    HTML("HTML report", List.of("html", "htm", "xhtml")),
    /** PDF rendered from the HTML report. */
    PDF("PDF report", List.of("pdf")),
    /** GitHub-flavoured Markdown. */
    MARKDOWN("Markdown report", List.of("md", "markdown")),
    /** JSON following docs/report.schema.json. */
    JSON("JSON report", List.of("json")),
    /** One CSV row per service. */
    CSV("CSV table", List.of("csv"));

    private final String description;
    private final List<String> extensions;

    ReportFormat(String description, List<String> extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    /** The format for this file name's extension (case does not matter), or empty if none writes it. */
    public static Optional<ReportFormat> forFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = lower.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** Every extension some format writes, without dots, in the order of the formats. */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
    }

    /** A name for file choosers, such as {@code PDF report}. */
    public String description() {
        return description;
    }

    /** The extensions of this format without dots, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The usual extension, such as {@code pdf}. */
    public String extension() {
        return extensions.get(0);
    }

    /**
     * Writes the report to the stream, flushing but not closing it. A Markdown report written this way
     * has no picture, only a note; write it to a file to get the picture beside it.
     */
    public void write(Report report, OutputStream out) throws IOException {
        writer(null).write(report, out);
    }

    /**
     * Writes the report to a file, replacing it, and for Markdown the picture beside it as {@code NAME.svg}.
     * The file is written under a temporary name and then moved, so a failed write leaves no half report.
     */
    public void write(Report report, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        String pictureFile = null;
        if (this == MARKDOWN && !report.picture().isBlank()) {
            String name = target.getFileName().toString();
            int dot = name.lastIndexOf('.');
            pictureFile = (dot > 0 ? name.substring(0, dot) : name) + ".svg";
            AtomicFile.write(target.resolveSibling(pictureFile),
                    out -> out.write(report.picture().getBytes(StandardCharsets.UTF_8)));
        }
        ReportWriter writer = writer(pictureFile);
        AtomicFile.write(target, out -> writer.write(report, out));
    }

    private ReportWriter writer(String pictureFile) {
        return switch (this) {
            case HTML -> new HtmlReportWriter();
            case PDF -> new PdfReportWriter();
            case MARKDOWN -> new MarkdownReportWriter(pictureFile);
            case JSON -> new JsonReportWriter();
            case CSV -> new CsvReportWriter();
        };
    }
}
