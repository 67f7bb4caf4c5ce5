package dev.blastmap.report;

import dev.blastmap.analysis.BlastRadiusBound;
import com.google.gson.stream.JsonWriter;
import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.Impact;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON report, for scripts and dashboards. Its shape is documented by the JSON Schema in
 * {@code docs/report.schema.json}; {@code "blastmapReport": 1} names the version of that shape. The picture is
 * left out: it is an image, and {@code blastmap render} draws it on its own.
 */
final class JsonReportWriter implements ReportWriter {

    /** The version of the JSON shape, written as {@code blastmapReport}. */
    static final int SHAPE_VERSION = 1;

    /** Always with seconds, which {@code OffsetDateTime.toString()} drops when they are zero. */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        json.setIndent("  ");
        json.setSerializeNulls(true);
        json.setHtmlSafe(true);
        json.beginObject();
        json.name("blastmapReport").value(SHAPE_VERSION);
        json.name("generatedAt").value(RFC_3339.format(report.generatedAt()));
        json.name("blastmapVersion").value(report.version());
        graph(json, report);
        json.name("knockedOut").beginObject();
        strings(json.name("asGiven"), report.knockedOutAsGiven());
        ids(json.name("services"), report.knockedOut());
        json.endObject();
        impact(json.name("impact"), report.impact());
        json.name("totalWeight").value(report.totalWeight());
        BlastRadiusBound reach = report.reach();
        json.name("reach").beginObject().name("down").value(reach.down()).name("degraded").value(reach.degraded())
                .name("couldBeAffected").value(reach.couldBeAffected()).name("spared").value(reach.spared())
                .endObject();
        json.name("spread").beginArray();
        for (Wave wave : report.spread()) {
            json.beginObject().name("wave").value(wave.number());
            time(json, wave.time());
            ids(json.name("services"), wave.services().stream().map(ServiceOutcome::id).toList());
            json.endObject();
        }
        json.endArray();
        json.name("services").beginArray();
        for (ServiceOutcome o : report.services()) {
            service(json, o);
        }
        json.endArray();
        json.name("topSpofs").beginArray();
        for (SpofEntry e : report.topSpofs()) {
            spof(json.beginObject().name("id").value(e.id().value()), e).endObject();
        }
        json.endArray();
        JsonResilienceSection.write(json.name("resilience"), report.resilience());
        if (report.availability().isPresent()) {
            new AvailabilitySection(report, report.availability().get()).writeJson(json.name("availability"));
        }
        json.name("scenario");
        if (report.scenario().isPresent()) {
            scenario(json, report.scenario().get());
        } else {
            json.nullValue();
        }
        json.endObject();
        json.flush();
    }

    private static void graph(JsonWriter json, Report report) throws IOException {
        json.name("graph").beginObject();
        json.name("name").value(report.graph().name());
        json.name("description").value(report.graph().description());
        strings(json.name("sources"), report.graph().sources());
        json.name("serviceCount").value(report.graph().size());
        json.endObject();
    }

    private static void service(JsonWriter json, ServiceOutcome o) throws IOException {
        Service s = o.service();
        Failure f = o.failure();
        json.beginObject();
        json.name("id").value(s.id().value());
        json.name("label").value(s.label());
        json.name("kind").value(s.kind().id());
        json.name("region").value(s.region());
        json.name("zone").value(s.zone());
        json.name("group").value(s.group());
        json.name("customerFacing").value(s.customerFacing());
        json.name("weight").value(s.weight());
        json.name("state").value(HtmlReportWriter.stateClass(o.state()));
        if (f == null) {
            json.name("wave").nullValue();
            json.name("time").nullValue();
            json.name("timeSeconds").nullValue();
            json.name("cause").nullValue();
            json.name("clause").nullValue();
            json.name("rule").nullValue();
        } else {
            json.name("wave").value(f.wave());
            time(json, f.time());
            json.name("cause").value(f.cause() == null ? null : f.cause().value());
            if (f.knockedOut()) {
                json.name("clause").nullValue();
            } else {
                json.name("clause").value(f.clause());
            }
            json.name("rule").value(Figures.rule(o));
        }
        ids(json.name("causeChain"), o.causeChain());
        spof(json.name("ownFailure").beginObject(), o.ownFailure()).endObject();
        json.endObject();
    }

    private static JsonWriter spof(JsonWriter json, SpofEntry e) throws IOException {
        json.name("down").value(e.down());
        json.name("collateral").value(e.collateral());
        json.name("weighted").value(e.weighted());
        ids(json.name("customerFacingDown"), e.customerFacingDown());
        return json;
    }

    private static void scenario(JsonWriter json, ScenarioOutcome outcome) throws IOException {
        json.beginObject();
        json.name("id").value(outcome.scenario().id());
        json.name("title").value(outcome.scenario().title());
        json.name("description").value(outcome.scenario().description());
        json.name("peakStep").value(outcome.peak());
        json.name("steps").beginArray();
        for (StepOutcome step : outcome.steps()) {
            Step s = step.step();
            json.beginObject();
            json.name("number").value(step.number());
            json.name("time").value(s.time() == null ? null : RFC_3339.format(s.time()));
            json.name("title").value(s.title());
            json.name("narration").value(s.narration());
            ids(json.name("knockOut"), s.knockOut());
            ids(json.name("restore"), s.restore());
            ids(json.name("knockedOut"), step.knockedOut());
            impact(json.name("impact"), step.impact());
            ids(json.name("newlyDown"), step.newlyDown());
            ids(json.name("recovered"), step.recovered());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void impact(JsonWriter json, Impact impact) throws IOException {
        json.beginObject();
        json.name("down").value(impact.down());
        json.name("collateral").value(impact.collateral());
        json.name("weighted").value(impact.weighted());
        ids(json.name("customerFacingDown"), impact.customerFacingDown());
        json.endObject();
    }

    private static void time(JsonWriter json, Duration time) throws IOException {
        json.name("time").value(time.toString());
        json.name("timeSeconds").value(time.toMillis() / 1000.0);
    }

    private static void ids(JsonWriter json, List<ServiceId> ids) throws IOException {
        strings(json, ids.stream().map(ServiceId::value).toList());
    }

    private static void strings(JsonWriter json, List<String> values) throws IOException {
        json.beginArray();
        for (String v : values) {
            json.value(v);
        }
        json.endArray();
    }
}
