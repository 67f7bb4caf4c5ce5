package dev.blastmap.report.check;

import static dev.blastmap.text.XmlText.escape;

import dev.blastmap.model.ServiceId;
import dev.blastmap.policy.CheckResult;
import dev.blastmap.policy.Finding;
import dev.blastmap.policy.RuleOutcome;
import dev.blastmap.policy.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The check as JUnit XML, the report format every CI system shows: one {@code <testsuite>} per rule and one
 * {@code <testcase>} per rule × subject (each knockout, protected service or domain). A broken rule of
 * severity error gives its subjects a {@code <failure>} naming the services and the cause chains; a broken
 * warning or note passes and says so in {@code <system-out>}, since JUnit has no warnings. Streamed, so a
 * 100k-service graph costs no more memory than the result itself.
 */
public final class JunitWriter implements CheckWriter {

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long tests = result.outcomes().stream().mapToLong(o -> o.findings().size()).sum();
        long failures = result.outcomes().stream().filter(RuleOutcome::failsTheCheck)
                .mapToLong(o -> o.failures().size()).sum();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<testsuites name=\"blastmap check " + escape(result.graphSource()) + "\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        for (RuleOutcome o : result.outcomes()) {
            boolean fails = o.rule().severity() == Severity.ERROR;
            w.write("  <testsuite name=\"" + escape(o.rule().id()) + "\" tests=\"" + o.findings().size()
                    + "\" failures=\"" + (fails ? o.failures().size() : 0) + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
            w.write("    <properties>\n");
            property(w, "rule", o.rule().text());
            property(w, "severity", o.rule().severity().word());
            property(w, "description", o.rule().description());
            w.write("    </properties>\n");
            String classname = "blastmap." + escape(o.rule().id());
            for (Finding f : o.findings()) {
                w.write("    <testcase classname=\"" + classname + "\" name=\"" + escape(f.subject())
                        + "\" time=\"0\"");
                if (f.passed()) {
                    w.write("/>\n");
                    continue;
                }
                w.write(">\n");
                if (fails) {
                    w.write("      <failure type=\"" + escape(o.rule().kind()) + "\" message=\"" + escape(f.message()) + "\">"
                            + escape(details(f)) + "</failure>\n");
                } else {
                    w.write("      <system-out>" + escape(o.rule().severity().word() + ": " + details(f)) + "</system-out>\n");
                }
                w.write("    </testcase>\n");
            }
            w.write("  </testsuite>\n");
        }
        w.write("</testsuites>\n");
        w.flush();
    }

    private static void property(Writer w, String name, String value) throws IOException {
        w.write("      <property name=\"" + name + "\" value=\"" + escape(value) + "\"/>\n");
    }

    /** The message, then each cause chain on a line of its own. */
    static String details(Finding f) {
        StringBuilder sb = new StringBuilder(f.message());
        for (List<ServiceId> chain : f.causeChains()) {
            sb.append("\n  why: ").append(Finding.chainText(chain));
        }
        return sb.toString();
    }
}
