package dev.blastmap.report.check;

import dev.blastmap.model.ServiceId;
import dev.blastmap.policy.CheckResult;
import dev.blastmap.policy.Finding;
import dev.blastmap.policy.RuleOutcome;
import dev.blastmap.text.MarkdownText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The check as a pull-request comment (GitHub-flavoured Markdown): a verdict heading, a table of the rules,
 * then the broken subjects of each rule with their cause chains, in a collapsible section when there are many.
 * Every name from the graph or policy is escaped; at most {@link #SHOWN} failures per rule, so the comment
 * stays far below the 65,536 characters GitHub accepts for a comment.
 */
public final class CheckMarkdownWriter implements CheckWriter {

    /** Failures shown per rule. */
    public static final int SHOWN = 20;
    /** The first line of the comment, by which a CI job can find and update its own earlier comment. */
    public static final String MARKER = "<!-- blastmap-check -->";

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(MARKER);
        w.println("### " + (result.passed() ? (result.brokenRules() == 0 ? "✅" : "⚠️") : "❌")
                + " Blastmap resilience check: " + MarkdownText.escape(CheckTextWriter.verdict(result)));
        w.println();
        w.println("`" + code(result.graphSource()) + "` (" + result.serviceCount() + " services) against `"
                + code(result.policySource()) + "`");
        w.println();
        w.println("| | Rule | Severity | What it demands | Result |");
        w.println("|---|---|---|---|---|");
        for (RuleOutcome o : result.outcomes()) {
            w.println("| " + (o.passed() ? "✅" : o.failsTheCheck() ? "❌" : "⚠️") + " | `" + code(o.rule().id())
                    + "` | " + o.rule().severity().word() + " | " + MarkdownText.escape(o.rule().description())
                    + " | " + MarkdownText.escape(CheckTextWriter.counts(o)) + " |");
        }
        for (RuleOutcome o : result.outcomes()) {
            List<Finding> failures = o.failures();
            if (failures.isEmpty()) {
                continue;
            }
            w.println();
            boolean fold = failures.size() > 5;
            if (fold) {
                w.println("<details><summary>" + MarkdownText.escape(o.rule().id()) + ": " + failures.size()
                        + " failures</summary>");
                w.println();
            } else {
                w.println("**" + MarkdownText.escape(o.rule().id()) + "**");
                w.println();
            }
            for (Finding f : failures.subList(0, Math.min(SHOWN, failures.size()))) {
                w.println("- " + MarkdownText.escape(f.message()));
                for (List<ServiceId> chain : f.causeChains()) {
                    w.println("  - `" + code(Finding.chainText(chain)) + "`");
                }
            }
            if (failures.size() > SHOWN) {
                w.println("- … and " + (failures.size() - SHOWN) + " more (see the JUnit or SARIF report)");
            }
            if (fold) {
                w.println();
                w.println("</details>");
            }
        }
        w.flush();
    }

    /** Text inside a code span: backticks and line breaks would end it. */
    private static String code(String text) {
        return text.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
    }
}
