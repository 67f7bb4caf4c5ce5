package dev.blastmap.report;

import static dev.blastmap.text.MarkdownText.escape;
import static dev.blastmap.text.MarkdownText.paragraph;

import dev.blastmap.analysis.Impact;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Markdown report, for a pull request, a wiki or an incident ticket: headings and GitHub-flavoured tables.
 * Markdown cannot hold the picture inline on code-hosting sites (they drop inline SVG and data URIs), so the
 * picture is referenced as a sibling SVG file when one is written beside the report, and otherwise replaced
 * by a note.
 */
final class MarkdownReportWriter implements ReportWriter {

    private final String pictureFile;

    /**
     * @param pictureFile the file name of the picture written beside the report, or null when there is none
     */
    MarkdownReportWriter(String pictureFile) {
        this.pictureFile = pictureFile;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(markdown(report));
        writer.flush();
    }

    String markdown(Report report) {
        StringBuilder m = new StringBuilder(8192);
        m.append("# Blast radius: ").append(escape(report.title())).append("\n\n");
        if (!report.graph().description().isBlank()) {
            m.append(paragraph(report.graph().description())).append("\n\n");
        }
        m.append("**").append(Figures.count(report.graph().size(), "service")).append("** · made ")
                .append(Figures.moment(report.generatedAt())).append(" · Blastmap ").append(escape(report.version()))
                .append("\n\n");
        summary(m, report);
        report.scenario().ifPresent(s -> scenario(m, report, s));
        m.append("## The graph after the knockout\n\n");
        if (pictureFile != null && !report.picture().isBlank()) {
            m.append("![The graph coloured by state: knocked out, down, degraded, healthy](")
                    .append(pictureFile.replace(" ", "%20").replace("(", "%28").replace(")", "%29")).append(")\n\n");
        } else {
            m.append("_The picture of the graph is in the HTML and PDF reports; `blastmap report` writes it beside"
                    + " a Markdown report as an SVG file._\n\n");
        }
        spread(m, report);
        spofs(m, report);
        new MarkdownResilienceSection(report).appendTo(m);
        report.availability().ifPresent(a -> new AvailabilitySection(report, a).appendMarkdown(m));
        if (!report.graph().sources().isEmpty()) {
            m.append("## Sources\n\n");
            for (String source : report.graph().sources()) {
                m.append("- ").append(HtmlReportWriter.isWebLink(source) ? "<" + source + ">" : escape(source))
                        .append('\n');
            }
            m.append('\n');
        }
        m.append("---\n\n_Made by Blastmap ").append(escape(report.version())).append(" on ")
                .append(Figures.moment(report.generatedAt())).append("._\n");
        return m.toString();
    }

    private static void summary(StringBuilder m, Report report) {
        m.append("## What was knocked out\n\n");
        report.scenario().filter(s -> s.peak() > 0)
                .ifPresent(s -> m.append(paragraph(Figures.peak(s))).append("\n\n"));
        if (report.knockedOut().isEmpty()) {
            m.append("Nothing: this report shows the healthy graph and its single points of failure.\n\n");
        } else {
            for (String given : report.knockedOutAsGiven()) {
                m.append("- **").append(escape(Figures.asGiven(report, given)).strip()).append("**\n");
            }
            m.append('\n');
            if (!report.knockedOutAsGiven().equals(report.knockedOut().stream().map(ServiceId::value).toList())) {
                m.append("That is ").append(Figures.count(report.knockedOut().size(), "service")).append(": ")
                        .append(names(report, report.knockedOut())).append(".\n\n");
            }
        }
        Impact impact = report.impact();
        long customerFacing = report.services().stream().filter(o -> o.service().customerFacing()).count();
        m.append("## Impact\n\n| Services down | Collateral | Customer-facing down | Weighted impact |\n")
                .append("| ---: | ---: | ---: | ---: |\n| ").append(impact.down()).append(" | ")
                .append(impact.collateral()).append(" | ").append(impact.customerFacingDown().size()).append(" of ")
                .append(customerFacing).append(" | ").append(Figures.weight(impact.weighted())).append(" of ")
                .append(Figures.weight(report.totalWeight())).append(" |\n\n");
        m.append(Figures.reach(report.reach())).append("\n\n");
        if (!impact.customerFacingDown().isEmpty()) {
            m.append("**Customer-facing services down:** ").append(names(report, impact.customerFacingDown()))
                    .append(".\n\n");
        }
        List<ServiceId> degraded = report.services().stream().filter(o -> o.state() == ServiceState.DEGRADED)
                .map(ServiceOutcome::id).toList();
        if (!degraded.isEmpty()) {
            m.append("**Degraded** (up, but missing a dependency): ").append(names(report, degraded)).append(".\n\n");
        }
    }

    private static void scenario(StringBuilder m, Report report, ScenarioOutcome outcome) {
        m.append("## Scenario: ").append(escape(outcome.scenario().title())).append("\n\n");
        if (!outcome.scenario().description().isBlank()) {
            m.append(paragraph(outcome.scenario().description())).append("\n\n");
        }
        if (outcome.steps().isEmpty()) {
            m.append("The scenario has no steps.\n\n");
            return;
        }
        m.append("Step by step. The rest of this report details step ").append(outcome.peak())
                .append(", the peak: the largest weighted impact.\n\n")
                .append("| # | Time | What happened | Down | Collateral | Weighted |\n")
                .append("| ---: | --- | --- | ---: | ---: | ---: |\n");
        for (StepOutcome step : outcome.steps()) {
            StringBuilder what = new StringBuilder();
            if (!step.step().title().isBlank()) {
                what.append("**").append(escape(step.step().title())).append("**");
                if (step.number() == outcome.peak()) {
                    what.append(" (peak)");
                }
            }
            append(what, escape(step.step().narration()));
            if (!step.step().knockOut().isEmpty()) {
                append(what, "Knocked out: " + names(report, step.step().knockOut()) + ".");
            }
            if (!step.step().restore().isEmpty()) {
                append(what, "Restored: " + names(report, step.step().restore()) + ".");
            }
            List<ServiceId> collateral = step.newlyDown().stream()
                    .filter(id -> !step.step().knockOut().contains(id)).toList();
            if (!collateral.isEmpty()) {
                append(what, "Went down: " + names(report, collateral) + ".");
            }
            List<ServiceId> cameBack = step.recovered().stream()
                    .filter(id -> !step.step().restore().contains(id)).toList();
            if (!cameBack.isEmpty()) {
                append(what, "Came back: " + names(report, cameBack) + ".");
            }
            m.append("| ").append(step.number()).append(" | ").append(Figures.moment(step.step().time()))
                    .append(" | ").append(what).append(" | ").append(step.impact().down()).append(" | ")
                    .append(step.impact().collateral()).append(" | ").append(Figures.weight(step.impact().weighted()))
                    .append(" |\n");
        }
        m.append('\n');
    }

    private static void append(StringBuilder what, String text) {
        if (!text.isBlank()) {
            what.append(what.length() == 0 ? "" : "<br/>").append(text);
        }
    }

    private static void spread(StringBuilder m, Report report) {
        m.append("## How the failure spread\n\n");
        if (report.spread().isEmpty()) {
            m.append("No service is down.\n\n");
            return;
        }
        m.append("Wave by wave, in the order services went down. Each service is down because of the first service"
                + " of its cause chain, which is down because of the next, back to what was knocked out.\n\n"
                + "| Wave | At | Service | Cause chain | Rule broken |\n"
                + "| ---: | ---: | --- | --- | --- |\n");
        for (Wave wave : report.spread()) {
            for (ServiceOutcome o : wave.services()) {
                String rule = Figures.rule(o);
                m.append("| ").append(wave.number()).append(" | ").append(Figures.elapsed(wave.time())).append(" | ")
                        .append(service(report, o.id())).append(" | ")
                        .append(o.causeChain().size() == 1 ? "—" : o.causeChain().stream().skip(1)
                                .map(id -> escape(report.label(id)).strip()).collect(Collectors.joining(" ← ")))
                        .append(" | ").append(escape(rule)).append(" |\n");
            }
        }
        m.append('\n');
    }

    private static void spofs(StringBuilder m, Report report) {
        m.append("## Single points of failure\n\n");
        if (report.topSpofs().isEmpty()) {
            m.append("The graph has no services.\n\n");
            return;
        }
        m.append("What knocking out each service alone would cost, worst first (the top ")
                .append(report.topSpofs().size()).append(" of ").append(report.graph().size()).append(").\n\n")
                .append("| # | Service | Down | Collateral | Weighted | Customer-facing down |\n")
                .append("| ---: | --- | ---: | ---: | ---: | --- |\n");
        int rank = 1;
        for (SpofEntry e : report.topSpofs()) {
            m.append("| ").append(rank++).append(" | ").append(service(report, e.id())).append(" | ").append(e.down())
                    .append(" | ").append(e.collateral()).append(" | ").append(Figures.weight(e.weighted())).append(" | ")
                    .append(escape(Figures.someNames(report, e.customerFacingDown(), HtmlReportWriter.SPOF_NAMES)))
                    .append(" |\n");
        }
        m.append('\n');
    }

    private static String service(Report report, ServiceId id) {
        String label = report.label(id);
        String bold = "**" + escape(label).strip() + "**";
        return label.equals(id.value()) ? bold : bold + " (" + escape(id.value()) + ")";
    }

    private static String names(Report report, List<ServiceId> ids) {
        return ids.stream().map(id -> escape(report.label(id)).strip()).collect(Collectors.joining(", "));
    }
}
