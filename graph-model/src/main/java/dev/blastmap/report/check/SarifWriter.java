package dev.blastmap.report.check;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.io.json.JsonTrees;
import dev.blastmap.model.ServiceId;
import dev.blastmap.policy.CheckResult;
import dev.blastmap.policy.Finding;
import dev.blastmap.policy.Rule;
import dev.blastmap.policy.RuleOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The check as a SARIF 2.1.0 log, for code-review tools that annotate a pull request (GitHub code scanning,
 * GitLab, Azure DevOps). One run; its driver lists the policy's rules with their default level; one result
 * per broken subject, at the line where the service it is about is defined in the graph file when the
 * reader knows it, else at the file. Each result carries a fingerprint of rule and subject, so a tool can
 * tell a new finding from one it has seen.
 */
public final class SarifWriter implements CheckWriter {

    /** Where the SARIF 2.1.0 schema lives. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final Map<ServiceId, SourcePosition> positions;
    private final String artifactUri;
    private final String toolVersion;

    /**
     * A writer for results about one graph file.
     *
     * @param positions   where each service is defined in the graph file (may be empty)
     * @param artifactUri the graph file as a URI reference relative to the repository root (see
     *                    {@link #artifactUri(String)}), or null when the graph came from standard input
     * @param toolVersion the Blastmap version
     */
    public SarifWriter(Map<ServiceId, SourcePosition> positions, String artifactUri, String toolVersion) {
        this.positions = Map.copyOf(positions);
        this.artifactUri = artifactUri;
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /**
     * A file name as given on the command line as a SARIF artifact URI: a relative path stays relative (so
     * that review tools resolve it against the repository), with forward slashes and percent-encoding.
     */
    public static String artifactUri(String path) {
        String slashed = path.replace('\\', '/');
        while (slashed.startsWith("./")) {
            slashed = slashed.substring(2);
        }
        try {
            if (slashed.startsWith("/")) {
                return new URI("file", null, slashed, null).toASCIIString();
            }
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable file name: " + path, e);
        }
    }

    @Override
    public void write(CheckResult result, OutputStream out) throws IOException {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Blastmap");
        driver.addProperty("version", toolVersion);
        JsonArray rules = new JsonArray();
        JsonArray results = new JsonArray();
        List<RuleOutcome> outcomes = result.outcomes();
        for (int index = 0; index < outcomes.size(); index++) {
            RuleOutcome o = outcomes.get(index);
            rules.add(descriptor(o.rule()));
            for (Finding f : o.failures()) {
                results.add(result(o.rule(), index, f));
            }
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        if (artifactUri != null) {
            JsonArray artifacts = new JsonArray();
            JsonObject artifact = new JsonObject();
            artifact.add("location", location());
            artifacts.add(artifact);
            run.add("artifacts", artifacts);
        }
        run.add("results", results);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        JsonArray runs = new JsonArray();
        runs.add(run);
        log.add("runs", runs);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonTrees.PRETTY.toJson(log, w);
        w.write('\n');
        w.flush();
    }

    private static JsonObject descriptor(Rule rule) {
        JsonObject d = new JsonObject();
        d.addProperty("id", rule.id());
        d.addProperty("name", rule.kind());
        d.add("shortDescription", text(rule.text()));
        d.add("fullDescription", text("Blastmap policy rule: " + rule.description() + "."));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", rule.severity().word());
        d.add("defaultConfiguration", configuration);
        return d;
    }

    private JsonObject result(Rule rule, int ruleIndex, Finding f) {
        JsonObject r = new JsonObject();
        r.addProperty("ruleId", rule.id());
        r.addProperty("ruleIndex", ruleIndex);
        r.addProperty("level", rule.severity().word());
        r.add("message", text(JunitWriter.details(f)));
        if (artifactUri != null) {
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", location());
            SourcePosition at = f.service() == null ? null : positions.get(f.service());
            if (at != null) {
                JsonObject region = new JsonObject();
                region.addProperty("startLine", at.line());
                if (at.column() > 0) {
                    region.addProperty("startColumn", at.column());
                }
                physical.add("region", region);
            }
            JsonObject location = new JsonObject();
            location.add("physicalLocation", physical);
            JsonArray locations = new JsonArray();
            locations.add(location);
            r.add("locations", locations);
        }
        JsonObject fingerprints = new JsonObject();
        fingerprints.addProperty("blastmapSubject/v1", rule.id() + ":" + f.subject());
        r.add("partialFingerprints", fingerprints);
        return r;
    }

    private JsonObject location() {
        JsonObject artifactLocation = new JsonObject();
        artifactLocation.addProperty("uri", artifactUri);
        artifactLocation.addProperty("index", 0);
        return artifactLocation;
    }

    private static JsonObject text(String value) {
        JsonObject message = new JsonObject();
        message.addProperty("text", value);
        return message;
    }
}
