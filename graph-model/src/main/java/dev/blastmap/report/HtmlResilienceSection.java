package dev.blastmap.report;

import static dev.blastmap.text.XmlText.escape;

import dev.blastmap.analysis.resilience.CommonCauseFinding;
import dev.blastmap.analysis.resilience.RecoveryPlan;
import dev.blastmap.analysis.resilience.RecoveryStep;
import dev.blastmap.analysis.resilience.TargetCutSets;
import dev.blastmap.model.ServiceId;
import java.util.List;

/**
 * The resilience part of the HTML (and so the PDF) report: redundancy that isn't, the double faults of the
 * customer-facing services, and the recovery plan.
 */
final class HtmlResilienceSection {

    /** How many double faults a target's row names; the JSON report has them all. */
    static final int EXAMPLES = 3;

    private final Report report;
    private final ResilienceOutcome outcome;

    HtmlResilienceSection(Report report) {
        this.report = report;
        this.outcome = report.resilience();
    }

    void appendTo(StringBuilder h) {
        h.append("<div class=\"section resilience\">\n<h2>Redundancy that isn't</h2>\n");
        if (outcome.findings().isEmpty()) {
            h.append("<p>No single failure breaks a redundant dependency.</p>\n");
        } else {
            h.append("<p class=\"intro\">Redundant dependencies that one failure outside them breaks.</p>\n")
                    .append("<table class=\"data\">\n<thead><tr><th>Service</th><th>Needs</th>"
                            + "<th>Broken alone by</th></tr></thead>\n<tbody>\n");
            for (CommonCauseFinding f : outcome.findings()) {
                h.append("<tr><td>").append(escape(report.label(f.service()))).append("</td><td>").append(f.need())
                        .append(" of ").append(HtmlReportWriter.names(report, f.members())).append("</td><td>")
                        .append(HtmlReportWriter.names(report, f.commonCauses())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("<h2>Double faults</h2>\n");
        if (!outcome.cutSetsCounted()) {
            h.append("<p>Left out: the graph has more than ").append(ResilienceOutcome.CUT_SETS_UP_TO)
                    .append(" services (<code>blastmap cutsets</code> lists them).</p>\n");
        } else if (outcome.cutSets().isEmpty()) {
            h.append("<p>No service is marked customer-facing.</p>\n");
        } else {
            h.append("<p class=\"intro\">Minimal cut sets of each customer-facing service: the services whose"
                    + " failure alone, or two at a time, takes it down.</p>\n")
                    .append("<table class=\"data\">\n<thead><tr><th>Service</th><th class=\"num\">Single</th>"
                            + "<th class=\"num\">Double</th><th>For example</th></tr></thead>\n<tbody>\n");
            for (TargetCutSets t : outcome.cutSets()) {
                h.append("<tr><td>").append(escape(report.label(t.target()))).append("</td><td class=\"num\">")
                        .append(t.count(1)).append("</td><td class=\"num\">").append(t.count(2)).append("</td><td>")
                        .append(examples(t.ofOrder(2))).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        outcome.recoveryPlan().ifPresent(plan -> recovery(h, plan));
        h.append("</div>\n");
    }

    private String examples(List<List<ServiceId>> doubles) {
        StringBuilder sb = new StringBuilder();
        for (List<ServiceId> set : doubles.subList(0, Math.min(EXAMPLES, doubles.size()))) {
            sb.append(sb.length() == 0 ? "" : "; ").append(HtmlReportWriter.names(report, set).replace(", ", " + "));
        }
        return doubles.size() > EXAMPLES ? sb + "; …" : sb.toString();
    }

    private void recovery(StringBuilder h, RecoveryPlan plan) {
        h.append("<h2>What to restore first</h2>\n<p class=\"intro\">The order that brings customer-facing weight"
                + " back fastest (").append(plan.optimal() ? "optimal" : "greedy").append(").</p>\n")
                .append("<table class=\"data\">\n<thead><tr><th>#</th><th>Restore</th><th>Comes back up</th>"
                        + "<th class=\"num\">Customer-facing still down</th></tr></thead>\n<tbody>\n");
        int n = 1;
        for (RecoveryStep step : plan.steps()) {
            h.append("<tr><td class=\"num\">").append(n++).append("</td><td>").append(escape(report.label(
                    step.restore()))).append("</td><td>").append(step.upAgain().isEmpty() ? "nothing yet"
                    : HtmlReportWriter.names(report, step.upAgain())).append("</td><td class=\"num\">")
                    .append(escape(Figures.weight(step.customerFacingWeightDown()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }
}
