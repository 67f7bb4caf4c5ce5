package dev.blastmap.report;

import static dev.blastmap.text.MarkdownText.escape;

import dev.blastmap.analysis.resilience.CommonCauseFinding;
import dev.blastmap.analysis.resilience.RecoveryPlan;
import dev.blastmap.analysis.resilience.RecoveryStep;
import dev.blastmap.analysis.resilience.TargetCutSets;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.stream.Collectors;

/** The resilience part of the Markdown report, the same tables as {@link HtmlResilienceSection}. */
final class MarkdownResilienceSection {

    private final Report report;
    private final ResilienceOutcome outcome;

    MarkdownResilienceSection(Report report) {
        this.report = report;
        this.outcome = report.resilience();
    }

    void appendTo(StringBuilder m) {
        m.append("## Redundancy that isn't\n\n");
        if (outcome.findings().isEmpty()) {
            m.append("No single failure breaks a redundant dependency.\n\n");
        } else {
            m.append("Redundant dependencies that one failure outside them breaks.\n\n")
                    .append("| Service | Needs | Broken alone by |\n| --- | --- | --- |\n");
            for (CommonCauseFinding f : outcome.findings()) {
                m.append("| ").append(name(f.service())).append(" | ").append(f.need()).append(" of ")
                        .append(names(f.members(), ", ")).append(" | ").append(names(f.commonCauses(), ", "))
                        .append(" |\n");
            }
            m.append('\n');
        }
        m.append("## Double faults\n\n");
        if (!outcome.cutSetsCounted()) {
            m.append("Left out: the graph has more than ").append(ResilienceOutcome.CUT_SETS_UP_TO)
                    .append(" services (`blastmap cutsets` lists them).\n\n");
        } else if (outcome.cutSets().isEmpty()) {
            m.append("No service is marked customer-facing.\n\n");
        } else {
            m.append("Minimal cut sets of each customer-facing service: the services whose failure alone, or two at"
                    + " a time, takes it down.\n\n| Service | Single | Double | For example |\n| --- | ---: | ---: | --- |\n");
            for (TargetCutSets t : outcome.cutSets()) {
                List<List<ServiceId>> doubles = t.ofOrder(2);
                String examples = doubles.stream().limit(HtmlResilienceSection.EXAMPLES)
                        .map(set -> names(set, " + ")).collect(Collectors.joining("; "));
                m.append("| ").append(name(t.target())).append(" | ").append(t.count(1)).append(" | ")
                        .append(t.count(2)).append(" | ").append(examples)
                        .append(doubles.size() > HtmlResilienceSection.EXAMPLES ? "; …" : "").append(" |\n");
            }
            m.append('\n');
        }
        outcome.recoveryPlan().ifPresent(plan -> recovery(m, plan));
    }

    private void recovery(StringBuilder m, RecoveryPlan plan) {
        m.append("## What to restore first\n\nThe order that brings customer-facing weight back fastest (")
                .append(plan.optimal() ? "optimal" : "greedy").append(").\n\n")
                .append("| # | Restore | Comes back up | Customer-facing still down |\n| ---: | --- | --- | ---: |\n");
        int n = 1;
        for (RecoveryStep step : plan.steps()) {
            m.append("| ").append(n++).append(" | ").append(name(step.restore())).append(" | ")
                    .append(step.upAgain().isEmpty() ? "nothing yet" : names(step.upAgain(), ", ")).append(" | ")
                    .append(Figures.weight(step.customerFacingWeightDown())).append(" |\n");
        }
        m.append('\n');
    }

    private String name(ServiceId id) {
        return escape(report.label(id)).strip();
    }

    private String names(List<ServiceId> ids, String separator) {
        return ids.stream().map(this::name).collect(Collectors.joining(separator));
    }
}
