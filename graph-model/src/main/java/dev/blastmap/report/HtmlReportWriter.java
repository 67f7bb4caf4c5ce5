package dev.blastmap.report;

import static dev.blastmap.text.XmlText.escape;

import dev.blastmap.analysis.Impact;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.StateStyle;
import dev.blastmap.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report: one self-contained XHTML file, with its CSS and SVG inline, no scripts and nothing
 * fetched, that prints well. It is also what the PDF is rendered from, so it keeps to CSS 2.1 and XHTML.
 */
final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = loadStyle();
    /** Reports whose picture is this wide (in the painter's units, about pixels) and wider than tall print landscape. */
    private static final double WIDE_PICTURE = 1600;
    /** ... and at least this much wider than tall. */
    private static final double WIDE_RATIO = 1.3;
    /** How many customer-facing names a SPOF row lists before it only counts the rest. */
    static final int SPOF_NAMES = 6;
    /** The state chips in the colours of the picture, which the painter's light theme decides. */
    private static final String STATE_STYLE = stateStyle(Theme.light());

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(html(report));
        writer.flush();
    }

    /** The whole document as text. */
    String html(Report report) {
        InlineSvg.Embedded svg = report.picture().isBlank() ? null
                : InlineSvg.embed(report.picture(), "graph", HtmlReportWriter::printSize);
        // A wide picture would print too small on portrait pages, and the body cannot widen for one page.
        boolean wide = svg != null && svg.isWide(WIDE_PICTURE, WIDE_RATIO);
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"Blastmap ").append(escape(report.version())).append("\"/>\n")
                .append("<title>Blast radius: ").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append(STATE_STYLE)
                .append(wide ? "@page { size: A4 landscape; }\n" : "")
                .append("</style>\n</head>\n<body").append(wide ? " class=\"landscape\"" : "").append(">\n");
        masthead(h, report);
        summary(h, report);
        picture(h, svg);
        report.scenario().ifPresent(s -> new HtmlScenarioSection(report, s).appendTo(h));
        spread(h, report);
        spofs(h, report);
        new HtmlResilienceSection(report).appendTo(h);
        report.availability().ifPresent(a -> new AvailabilitySection(report, a).appendHtml(h));
        sources(h, report);
        h.append("<p class=\"colophon\">Made by Blastmap ").append(escape(report.version())).append(" on ")
                .append(escape(Figures.moment(report.generatedAt())))
                .append(". A service is down when a hard dependency has too few members up; see the cause chain"
                        + " for why.</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void masthead(StringBuilder h, Report report) {
        h.append("<div class=\"masthead\">\n<p class=\"eyebrow\">Blastmap · blast-radius report</p>\n<h1>")
                .append(escape(report.title())).append("</h1>\n");
        if (!report.graph().description().isBlank()) {
            h.append("<p class=\"description\">").append(escape(report.graph().description())).append("</p>\n");
        }
        h.append("<p class=\"meta\">").append(Figures.count(report.graph().size(), "service"))
                .append(" · made ").append(escape(Figures.moment(report.generatedAt())))
                .append(" · Blastmap ").append(escape(report.version())).append("</p>\n</div>\n");
    }

    private static void summary(StringBuilder h, Report report) {
        Impact impact = report.impact();
        h.append("<div class=\"section summary\">\n<h2>What was knocked out</h2>\n");
        report.scenario().filter(s -> s.peak() > 0)
                .ifPresent(s -> h.append("<p>").append(escape(Figures.peak(s))).append("</p>\n"));
        if (report.knockedOut().isEmpty()) {
            h.append("<p>Nothing: this report shows the healthy graph and its single points of failure.</p>\n");
        } else {
            h.append("<p class=\"selectors\">");
            for (String given : report.knockedOutAsGiven()) {
                h.append("<span class=\"chip knocked-out\">").append(escape(Figures.asGiven(report, given)))
                        .append("</span> ");
            }
            h.append("</p>\n");
            if (!report.knockedOutAsGiven().equals(report.knockedOut().stream().map(ServiceId::value).toList())) {
                h.append("<p class=\"resolved\">That is ").append(Figures.count(report.knockedOut().size(), "service"))
                        .append(": ").append(names(report, report.knockedOut())).append(".</p>\n");
            }
        }
        h.append("<table class=\"tiles\"><tr>\n");
        tile(h, "down", Integer.toString(impact.down()), "services down", "knocked out included");
        tile(h, "collateral", Integer.toString(impact.collateral()), "collateral", "down but not knocked out");
        tile(h, "customers", Integer.toString(impact.customerFacingDown().size()), "customer-facing down",
                "of " + report.services().stream().filter(o -> o.service().customerFacing()).count() + " customer-facing");
        tile(h, "weighted", Figures.weight(impact.weighted()), "weighted impact",
                "of " + Figures.weight(report.totalWeight()) + " in all");
        h.append("</tr></table>\n");
        h.append("<p class=\"reach\">").append(Figures.reach(report.reach())).append("</p>\n");
        if (!impact.customerFacingDown().isEmpty()) {
            h.append("<p><strong>Customer-facing services down:</strong> ")
                    .append(names(report, impact.customerFacingDown())).append(".</p>\n");
        }
        long degraded = report.services().stream().filter(o -> o.state() == ServiceState.DEGRADED).count();
        if (degraded > 0) {
            h.append("<p><strong>Degraded</strong> (up, but missing a dependency): ")
                    .append(names(report, report.services().stream()
                            .filter(o -> o.state() == ServiceState.DEGRADED).map(ServiceOutcome::id).toList()))
                    .append(".</p>\n");
        }
        h.append("</div>\n");
    }

    private static void tile(StringBuilder h, String kind, String figure, String caption, String note) {
        h.append("<td class=\"tile ").append(kind).append("\"><div class=\"figure\">").append(escape(figure))
                .append("</div><div class=\"caption\">").append(escape(caption)).append("</div><div class=\"note\">")
                .append(escape(note)).append("</div></td>\n");
    }

    private static void picture(StringBuilder h, InlineSvg.Embedded svg) {
        h.append("<div class=\"section picture\">\n<h2>The graph after the knockout</h2>\n");
        if (svg == null) {
            h.append("<p class=\"note\">No picture was drawn for this report.</p>\n");
        } else {
            h.append("<div class=\"figure-frame\">").append(svg.markup()).append("</div>\n");
        }
        h.append("<p class=\"legend\">");
        for (ServiceState state : ServiceState.values()) {
            h.append("<span class=\"chip ").append(stateClass(state)).append("\">").append(stateName(state))
                    .append("</span> ");
        }
        h.append("</p>\n</div>\n");
    }

    private static void spread(StringBuilder h, Report report) {
        h.append("<div class=\"section spread\">\n<h2>How the failure spread</h2>\n");
        if (report.spread().isEmpty()) {
            h.append("<p>No service is down.</p>\n</div>\n");
            return;
        }
        h.append("<p class=\"intro\">Wave by wave, in the order services went down. Each service is down because"
                + " of the first service of its cause chain, which is down because of the next, back to what was"
                + " knocked out.</p>\n");
        h.append("<table class=\"data\">\n<thead><tr><th>Wave</th><th>At</th><th>Service</th><th>Cause chain</th>"
                + "<th>Rule broken</th></tr></thead>\n<tbody>\n");
        for (Wave wave : report.spread()) {
            boolean first = true;
            for (ServiceOutcome o : wave.services()) {
                h.append("<tr class=\"").append(first ? "wave-start" : "").append("\"><td class=\"num\">")
                        .append(first ? Integer.toString(wave.number()) : "").append("</td><td class=\"num\">")
                        .append(first ? escape(Figures.elapsed(wave.time())) : "").append("</td><td>");
                service(h, report, o.id());
                h.append("</td><td class=\"chain\">");
                chain(h, report, o);
                h.append("</td><td class=\"rule\">").append(escape(Figures.rule(o))).append("</td></tr>\n");
                first = false;
            }
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    private static void chain(StringBuilder h, Report report, ServiceOutcome o) {
        List<ServiceId> chain = o.causeChain();
        if (chain.size() == 1) {
            h.append("<span class=\"note\">—</span>");
        }
        for (int i = 1; i < chain.size(); i++) {
            if (i > 1) {
                h.append(" <span class=\"arrow\">←</span> ");
            }
            boolean root = i == chain.size() - 1;
            h.append("<span class=\"").append(root ? "link root" : "link").append("\">")
                    .append(escape(report.label(chain.get(i)))).append("</span>");
        }
    }

    private static void spofs(StringBuilder h, Report report) {
        h.append("<div class=\"section spofs\">\n<h2>Single points of failure</h2>\n");
        if (report.topSpofs().isEmpty()) {
            h.append("<p>The graph has no services.</p>\n</div>\n");
            return;
        }
        h
                .append("<p class=\"intro\">What knocking out each service alone would cost, worst first (the top ")
                .append(report.topSpofs().size()).append(" of ").append(report.graph().size()).append(").</p>\n")
                .append("<table class=\"data\">\n<thead><tr><th>#</th><th>Service</th><th class=\"num\">Down</th>"
                        + "<th class=\"num\">Collateral</th><th class=\"num\">Weighted</th>"
                        + "<th>Customer-facing down</th></tr></thead>\n<tbody>\n");
        int rank = 1;
        for (SpofEntry e : report.topSpofs()) {
            h.append("<tr><td class=\"num\">").append(rank++).append("</td><td>");
            service(h, report, e.id());
            h.append("</td><td class=\"num\">").append(e.down()).append("</td><td class=\"num\">").append(e.collateral())
                    .append("</td><td class=\"num\">").append(escape(Figures.weight(e.weighted()))).append("</td><td>")
                    .append(escape(Figures.someNames(report, e.customerFacingDown(), SPOF_NAMES)))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    private static void sources(StringBuilder h, Report report) {
        if (report.graph().sources().isEmpty()) {
            return;
        }
        h.append("<div class=\"section sources\">\n<h2>Sources</h2>\n<ul>\n");
        for (String source : report.graph().sources()) {
            h.append("<li>");
            if (isWebLink(source)) {
                h.append("<a href=\"").append(escape(source)).append("\">").append(escape(source)).append("</a>");
            } else {
                h.append(escape(source));
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n</div>\n");
    }

    /** Only plain web addresses become links; anything else ({@code javascript:}, {@code data:}) stays text. */
    static boolean isWebLink(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://"))
                && source.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`');
    }

    static void service(StringBuilder h, Report report, ServiceId id) {
        String label = report.label(id);
        h.append("<span class=\"service\">").append(escape(label)).append("</span>");
        if (!label.equals(id.value())) {
            h.append(" <span class=\"id\">").append(escape(id.value())).append("</span>");
        }
    }

    static String names(Report report, List<ServiceId> ids) {
        StringBuilder sb = new StringBuilder();
        for (ServiceId id : ids) {
            sb.append(sb.length() == 0 ? "" : ", ").append(escape(report.label(id)));
        }
        return sb.toString();
    }

    static String stateClass(ServiceState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String stateName(ServiceState state) {
        return switch (state) {
            case KNOCKED_OUT -> "knocked out";
            case DOWN -> "down";
            case DEGRADED -> "degraded";
            case HEALTHY -> "healthy";
        };
    }

    /**
     * The printed size of the picture: its natural size (96 units to the inch) shrunk to fit the page it will
     * be on, portrait or landscape, with room for the heading and the legend. Screens scale it with CSS.
     */
    static String[] printSize(double width, double height) {
        boolean landscape = width >= WIDE_PICTURE && width / height >= WIDE_RATIO;
        double maxWidth = landscape ? 268 : 181;
        double maxHeight = landscape ? 150 : 215;
        double natural = 25.4 / 96;
        double scale = Math.min(natural, Math.min(maxWidth / width, maxHeight / height));
        return new String[] {millimetres(width * scale), millimetres(height * scale)};
    }

    private static String millimetres(double value) {
        return String.format(Locale.ROOT, "%.1fmm", value);
    }

    private static String stateStyle(Theme theme) {
        StringBuilder css = new StringBuilder();
        for (ServiceState state : ServiceState.values()) {
            StateStyle style = theme.style(state);
            css.append(".chip.").append(stateClass(state)).append(" { background: ").append(style.fill().rgbHex())
                    .append("; border: 1px ").append(style.dashed() ? "dashed " : "solid ")
                    .append(style.border().rgbHex()).append("; color: ").append(style.text().rgbHex()).append("; }\n");
        }
        return css.toString();
    }

    private static String loadStyle() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
