package dev.blastmap.report;

import com.google.gson.stream.JsonWriter;
import dev.blastmap.analysis.availability.AvailabilityFormat;
import dev.blastmap.analysis.availability.AvailabilityResult;
import dev.blastmap.analysis.availability.ComponentImportance;
import dev.blastmap.analysis.availability.Method;
import dev.blastmap.analysis.availability.ServiceAvailability;
import dev.blastmap.analysis.availability.ServiceImportance;
import dev.blastmap.text.MarkdownText;
import dev.blastmap.text.XmlText;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The availability part of a report, for graphs that give services an availability: the availability given
 * the graph of the customer-facing services (or, without any, of the least available services), with downtime
 * per year, and for each customer-facing service the components to fix first. The same figures in HTML,
 * Markdown and JSON.
 */
final class AvailabilitySection {

    /** Rows when the graph has no customer-facing service: the least available ones. */
    static final int LEAST_AVAILABLE = 10;
    /** Components listed per customer-facing service in HTML and Markdown. */
    static final int FIX_FIRST = 3;
    static final String ASSUMPTIONS = "Each service fails on its own with probability 1 − its availability,"
            + " independently of the others; steady state: delays do not matter and soft dependencies never take a"
            + " service down.";

    private final Report report;
    private final AvailabilityResult result;

    AvailabilitySection(Report report, AvailabilityResult result) {
        this.report = report;
        this.result = result;
    }

    /** The services shown: the customer-facing ones in file order, else the least available. */
    private List<ServiceAvailability> rows() {
        List<ServiceAvailability> customerFacing = result.services().stream()
                .filter(s -> report.graph().require(s.id()).customerFacing()).toList();
        if (!customerFacing.isEmpty()) {
            return customerFacing;
        }
        return result.services().stream().sorted(Comparator.comparingDouble(ServiceAvailability::unavailability)
                .reversed().thenComparing(ServiceAvailability::id)).limit(LEAST_AVAILABLE).toList();
    }

    private boolean customerFacingRows() {
        return report.graph().services().stream().anyMatch(dev.blastmap.model.Service::customerFacing);
    }

    private static String method(ServiceAvailability s) {
        return s.method() == Method.EXACT ? "exact" : "Monte Carlo, 95% " + AvailabilityFormat.percent(1 - s.ciLow())
                + " – " + AvailabilityFormat.percent(1 - s.ciHigh());
    }

    /** For a sampled service, where its figures come from. */
    private static String sampledNote(ServiceImportance ranking) {
        return ranking.method() == Method.EXACT ? "" : " (" + AvailabilityFormat.importanceSource(ranking)
                + "; Birnbaum with its 95% interval)";
    }

    private static String share(ComponentImportance c) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * c.criticality());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private List<ComponentImportance> fixFirst(ServiceImportance ranking) {
        return ranking.components().subList(0, Math.min(FIX_FIRST, ranking.components().size()));
    }

    void appendHtml(StringBuilder h) {
        h.append("<div class=\"section availability\">\n<h2>Availability</h2>\n<p class=\"intro\">")
                .append(customerFacingRows() ? "What customers get from the availability of each service"
                        : "The least available services")
                .append(", given the graph. ").append(XmlText.escape(ASSUMPTIONS)).append("</p>\n")
                .append("<table class=\"data\">\n<thead><tr><th>Service</th><th class=\"num\">Availability</th>"
                        + "<th class=\"num\">Nines</th><th class=\"num\">Down per year</th><th>Method</th></tr></thead>\n"
                        + "<tbody>\n");
        for (ServiceAvailability s : rows()) {
            h.append("<tr><td>").append(XmlText.escape(report.label(s.id()))).append("</td><td class=\"num\">")
                    .append(AvailabilityFormat.percent(s.unavailability())).append("</td><td class=\"num\">")
                    .append(AvailabilityFormat.nines(s.unavailability())).append("</td><td class=\"num\">")
                    .append(AvailabilityFormat.downtime(s.downtimeMinutesPerYear())).append("</td><td>")
                    .append(XmlText.escape(method(s))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (ServiceImportance ranking : result.importance()) {
            if (ranking.components().isEmpty()) {
                continue;
            }
            h.append("<h3>Fix first for ").append(XmlText.escape(report.label(ranking.service())))
                    .append(XmlText.escape(sampledNote(ranking))).append("</h3>\n")
                    .append("<table class=\"data\">\n<thead><tr><th>Component</th><th class=\"num\">Its availability"
                            + "</th><th class=\"num\">Share of downtime</th><th class=\"num\">Birnbaum</th>"
                            + "<th class=\"num\">RAW</th></tr></thead>\n<tbody>\n");
            for (ComponentImportance c : fixFirst(ranking)) {
                h.append("<tr><td>").append(XmlText.escape(report.label(c.component()))).append("</td><td class=\"num\">")
                        .append(AvailabilityFormat.percent(1 - c.availability())).append("</td><td class=\"num\">")
                        .append(share(c)).append("</td><td class=\"num\">").append(AvailabilityFormat.birnbaum(c))
                        .append("</td><td class=\"num\">").append(number(c.riskAchievementWorth()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</div>\n");
    }

    void appendMarkdown(StringBuilder m) {
        m.append("## Availability\n\n")
                .append(customerFacingRows() ? "What customers get from the availability of each service"
                        : "The least available services")
                .append(", given the graph. ").append(MarkdownText.escape(ASSUMPTIONS)).append("\n\n")
                .append("| Service | Availability | Nines | Down per year | Method |\n")
                .append("| --- | ---: | ---: | ---: | --- |\n");
        for (ServiceAvailability s : rows()) {
            m.append("| ").append(MarkdownText.escape(report.label(s.id())).strip()).append(" | ")
                    .append(AvailabilityFormat.percent(s.unavailability())).append(" | ")
                    .append(AvailabilityFormat.nines(s.unavailability())).append(" | ")
                    .append(AvailabilityFormat.downtime(s.downtimeMinutesPerYear())).append(" | ")
                    .append(MarkdownText.escape(method(s))).append(" |\n");
        }
        m.append('\n');
        for (ServiceImportance ranking : result.importance()) {
            if (ranking.components().isEmpty()) {
                continue;
            }
            m.append("Fix first for ").append(MarkdownText.escape(report.label(ranking.service())).strip())
                    .append(MarkdownText.escape(sampledNote(ranking))).append(":\n\n| Component | Its availability | Share of downtime | Birnbaum | RAW |\n")
                    .append("| --- | ---: | ---: | ---: | ---: |\n");
            for (ComponentImportance c : fixFirst(ranking)) {
                m.append("| ").append(MarkdownText.escape(report.label(c.component())).strip()).append(" | ")
                        .append(AvailabilityFormat.percent(1 - c.availability())).append(" | ")
                        .append(share(c)).append(" | ").append(AvailabilityFormat.birnbaum(c))
                        .append(" | ").append(number(c.riskAchievementWorth())).append(" |\n");
            }
            m.append('\n');
        }
    }

    /** Every service's figures and every importance list, as the {@code availability} object of the JSON report. */
    void writeJson(JsonWriter json) throws IOException {
        json.beginObject().name("assumptions").value(ASSUMPTIONS).name("seed").value(result.settings().seed());
        json.name("services").beginArray();
        for (ServiceAvailability s : result.services()) {
            json.beginObject().name("id").value(s.id().value()).name("availability").value(s.availability())
                    .name("unavailability").value(s.unavailability()).name("method").value(s.method().id())
                    .name("ciLow").value(s.ciLow()).name("ciHigh").value(s.ciHigh())
                    .name("downtimeMinutesPerYear").value(s.downtimeMinutesPerYear())
                    .name("samples").value(s.samples()).endObject();
        }
        json.endArray().name("importance").beginArray();
        for (ServiceImportance ranking : result.importance()) {
            boolean sampled = ranking.method() == Method.MONTE_CARLO;
            json.beginObject().name("service").value(ranking.service().value()).name("method")
                    .value(ranking.method().id());
            if (sampled) {
                json.name("samples").value(ranking.samples());
            }
            json.name("components").beginArray();
            for (ComponentImportance c : ranking.components()) {
                json.beginObject().name("id").value(c.component().value()).name("availability").value(c.availability())
                        .name("birnbaum").value(c.birnbaum());
                if (sampled) {
                    json.name("birnbaumLow").value(c.birnbaumLow()).name("birnbaumHigh").value(c.birnbaumHigh());
                }
                json.name("riskAchievementWorth")
                        .value(c.riskAchievementWorth()).name("availabilityIfDown").value(c.availabilityIfDown())
                        .name("criticality").value(c.criticality()).endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
    }
}
