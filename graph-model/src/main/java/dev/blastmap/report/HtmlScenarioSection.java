package dev.blastmap.report;

import static dev.blastmap.text.XmlText.escape;

/** The scenario part of the HTML report: every step with its time, narration and impact. */
final class HtmlScenarioSection {

    private final Report report;
    private final ScenarioOutcome outcome;

    HtmlScenarioSection(Report report, ScenarioOutcome outcome) {
        this.report = report;
        this.outcome = outcome;
    }

    void appendTo(StringBuilder h) {
        h.append("<div class=\"section scenario\">\n<h2>Scenario: ").append(escape(outcome.scenario().title()))
                .append("</h2>\n");
        if (!outcome.scenario().description().isBlank()) {
            h.append("<p>").append(escape(outcome.scenario().description())).append("</p>\n");
        }
        if (outcome.steps().isEmpty()) {
            h.append("<p>The scenario has no steps.</p>\n</div>\n");
            return;
        }
        h.append("<p class=\"intro\">Step by step. The rest of this report details step ").append(outcome.peak())
                .append(", the peak: the largest weighted impact.</p>\n")
                .append("<table class=\"data steps\">\n<thead><tr><th>#</th><th>Time</th><th>What happened</th>"
                        + "<th class=\"num\">Down</th><th class=\"num\">Collateral</th><th class=\"num\">Weighted</th>"
                        + "</tr></thead>\n<tbody>\n");
        for (StepOutcome step : outcome.steps()) {
            boolean peak = step.number() == outcome.peak();
            h.append("<tr").append(peak ? " class=\"peak\"" : "").append("><td class=\"num\">").append(step.number())
                    .append("</td><td class=\"when\">").append(escape(Figures.moment(step.step().time())))
                    .append("</td><td>");
            if (!step.step().title().isBlank()) {
                h.append("<div class=\"step-title\">").append(escape(step.step().title()))
                        .append(peak ? " <span class=\"chip peak-chip\">peak</span>" : "").append("</div>");
            }
            if (!step.step().narration().isBlank()) {
                h.append("<div class=\"narration\">").append(escape(step.step().narration())).append("</div>");
            }
            changes(h, step);
            h.append("</td><td class=\"num\">").append(step.impact().down()).append("</td><td class=\"num\">")
                    .append(step.impact().collateral()).append("</td><td class=\"num\">")
                    .append(escape(Figures.weight(step.impact().weighted()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    private void changes(StringBuilder h, StepOutcome step) {
        if (!step.step().knockOut().isEmpty()) {
            h.append("<div class=\"change\"><span class=\"chip knocked-out\">knocked out</span> ")
                    .append(HtmlReportWriter.names(report, step.step().knockOut())).append("</div>");
        }
        if (!step.step().restore().isEmpty()) {
            h.append("<div class=\"change\"><span class=\"chip healthy\">restored</span> ")
                    .append(HtmlReportWriter.names(report, step.step().restore())).append("</div>");
        }
        var collateral = step.newlyDown().stream().filter(id -> !step.step().knockOut().contains(id)).toList();
        if (!collateral.isEmpty()) {
            h.append("<div class=\"change\"><span class=\"chip down\">went down</span> ")
                    .append(HtmlReportWriter.names(report, collateral)).append("</div>");
        }
        var cameBack = step.recovered().stream().filter(id -> !step.step().restore().contains(id)).toList();
        if (!cameBack.isEmpty()) {
            h.append("<div class=\"change\"><span class=\"chip healthy\">came back</span> ")
                    .append(HtmlReportWriter.names(report, cameBack)).append("</div>");
        }
    }
}
