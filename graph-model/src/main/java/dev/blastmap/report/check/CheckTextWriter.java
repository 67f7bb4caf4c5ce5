package dev.blastmap.report.check;

import dev.blastmap.model.ServiceId;
import dev.blastmap.policy.CheckResult;
import dev.blastmap.policy.Finding;
import dev.blastmap.policy.RuleOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The check for a terminal or a CI log: a verdict line, then each rule with its broken subjects and their
 * cause chains, at most {@link #SHOWN} per rule (the JSON and JUnit outputs have them all).
 */
public final class CheckTextWriter implements CheckWriter {

    /** Failures shown per rule. */
    public static final int SHOWN = 50;

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("blastmap check: " + result.graphSource() + " (" + result.serviceCount() + " services) against "
                + result.policySource() + ": " + verdict(result));
        for (RuleOutcome o : result.outcomes()) {
            List<Finding> failures = o.failures();
            w.println();
            w.println(status(o) + " " + o.rule().id() + " (" + o.rule().text() + "): " + o.rule().description() + " — "
                    + counts(o));
            for (Finding f : failures.subList(0, Math.min(SHOWN, failures.size()))) {
                w.println("  " + f.subject() + ": " + f.message());
                for (List<ServiceId> chain : f.causeChains()) {
                    w.println("      " + Finding.chainText(chain));
                }
            }
            if (failures.size() > SHOWN) {
                w.println("  … and " + (failures.size() - SHOWN) + " more (all of them with --format json or --junit)");
            }
        }
        w.flush();
    }

    /** PASS, FAIL, or the severity of a broken rule that does not fail the check (WARNING, NOTE). */
    private static String status(RuleOutcome o) {
        return o.passed() ? "PASS" : o.failsTheCheck() ? "FAIL" : o.rule().severity().word().toUpperCase(Locale.ROOT);
    }

    /** "passed", or "FAILED: 2 of 5 rules broken, 7 failures". */
    static String verdict(CheckResult result) {
        String counts = result.brokenRules() + " of " + result.outcomes().size() + " rules broken, "
                + result.failures() + (result.failures() == 1 ? " failure" : " failures");
        if (result.brokenRules() == 0) {
            return "passed, " + result.outcomes().size() + (result.outcomes().size() == 1 ? " rule" : " rules") + " hold";
        }
        return (result.passed() ? "passed with warnings: " : "FAILED: ") + counts;
    }

    /** "3 of 120 knockouts break it" / "all 4 hold". */
    static String counts(RuleOutcome o) {
        int failed = o.failures().size();
        int checked = o.findings().size();
        return failed == 0 ? "all " + checked + " checked hold" : failed + " of " + checked + " checked break it";
    }
}
