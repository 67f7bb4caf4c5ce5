package dev.blastmap.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The PDF report: the HTML report rendered by openhtmltopdf, with the picture drawn as vectors by Batik.
 * Nothing is fetched: every external resource is refused and SVG scripts are off.
 *
 * <p>The PDF's standard fonts cover Latin text only. When DejaVu Sans is installed (Debian's
 * {@code fonts-dejavu-core}, most Linux desktops) it is embedded so that any script and arrows print; without
 * it the report falls back to Helvetica and characters it lacks print as {@code #}.
 */
final class PdfReportWriter implements ReportWriter {

    private static final List<String> FONT_FOLDERS = List.of(
            "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
            "/usr/local/share/fonts", "/Library/Fonts", "C:\\Windows\\Fonts");

    /**
     * PDFBox warns, for each standard font, that it will draw it with a substitute if the PDF is ever rendered
     * on screen; that concerns viewers, not the PDF we write. Held here because java.util.logging keeps
     * loggers only weakly.
     */
    private static final Logger STANDARD_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        // openhtmltopdf logs every font it loads at INFO; a command line run should print only what matters.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
        // The stylesheet carries print-color-adjust for browsers on purpose; openhtmltopdf ignores it.
        XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
        STANDARD_FONTS.setLevel(Level.SEVERE);
    }

    private final HtmlReportWriter html = new HtmlReportWriter();

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Document document;
        try {
            document = XmlDocuments.parse(html.html(report));
        } catch (SAXException e) {
            throw new IllegalStateException("the HTML report is not well-formed XHTML", e);
        }
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(document, "about:blank");
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Blastmap " + report.version());
        useInstalledFonts(builder);
        builder.toStream(out);
        builder.run();
        out.flush();
    }

    private static void useInstalledFonts(PdfRendererBuilder builder) {
        EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
                FSFontUseCase.FALLBACK_FINAL);
        register(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL, everywhere);
        register(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL, everywhere);
        register(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC, everywhere);
        register(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL,
                EnumSet.of(FSFontUseCase.DOCUMENT));
    }

    private static void register(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style,
                                 EnumSet<FSFontUseCase> uses) {
        for (String folder : FONT_FOLDERS) {
            File font = new File(folder, file);
            if (font.isFile() && font.canRead()) {
                builder.useFont(font, family, weight, style, true, uses);
                return;
            }
        }
    }
}
