package dev.blastmap.report.check;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.blastmap.io.json.JsonTrees;
import dev.blastmap.policy.CheckResult;
import dev.blastmap.policy.Finding;
import dev.blastmap.policy.RuleOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The check as JSON, in the shape docs/check.schema.json describes: every failure, not only the first. */
public final class CheckJsonWriter implements CheckWriter {

    /** The version of the shape, written as {@code blastmapCheck}. */
    public static final int SHAPE = 1;

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("blastmapCheck", SHAPE);
        root.addProperty("graph", result.graphSource());
        root.addProperty("policy", result.policySource());
        root.addProperty("serviceCount", result.serviceCount());
        root.addProperty("passed", result.passed());
        root.addProperty("brokenRules", result.brokenRules());
        root.addProperty("failures", result.failures());
        JsonArray rules = new JsonArray();
        for (RuleOutcome o : result.outcomes()) {
            JsonObject rule = new JsonObject();
            rule.addProperty("id", o.rule().id());
            rule.addProperty("kind", o.rule().kind());
            rule.addProperty("rule", o.rule().text());
            rule.addProperty("severity", o.rule().severity().word());
            rule.addProperty("description", o.rule().description());
            rule.add("except", JsonTrees.strings(o.rule().settings().except()));
            rule.addProperty("line", o.rule().settings().position().line());
            rule.addProperty("passed", o.passed());
            rule.addProperty("checked", o.findings().size());
            JsonArray failures = new JsonArray();
            for (Finding f : o.failures()) {
                JsonObject failure = new JsonObject();
                failure.addProperty("subject", f.subject());
                failure.add("service", f.service() == null ? null : new JsonPrimitive(f.service().value()));
                failure.addProperty("message", f.message());
                failure.add("services", JsonTrees.ids(f.services()));
                JsonArray chains = new JsonArray();
                f.causeChains().forEach(chain -> chains.add(JsonTrees.ids(chain)));
                failure.add("causeChains", chains);
                failures.add(failure);
            }
            rule.add("failures", failures);
            rules.add(rule);
        }
        root.add("rules", rules);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonTrees.PRETTY_WITH_NULLS.toJson(root, w);
        w.write('\n');
        w.flush();
    }
}
