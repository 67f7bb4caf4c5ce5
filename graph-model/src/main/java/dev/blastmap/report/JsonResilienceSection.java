package dev.blastmap.report;

import com.google.gson.stream.JsonWriter;
import dev.blastmap.analysis.resilience.CommonCauseFinding;
import dev.blastmap.analysis.resilience.RecoveryPlan;
import dev.blastmap.analysis.resilience.RecoveryStep;
import dev.blastmap.analysis.resilience.TargetCutSets;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.util.List;

/** The resilience part of the JSON report, in the shapes of {@code blastmap audit}, {@code cutsets}, {@code recover}. */
final class JsonResilienceSection {

    private JsonResilienceSection() {
    }

    static void write(JsonWriter json, ResilienceOutcome outcome) throws IOException {
        json.beginObject();
        json.name("redundancyFindings").beginArray();
        for (CommonCauseFinding f : outcome.findings()) {
            json.beginObject().name("service").value(f.service().value()).name("clause").value(f.clause());
            ids(json.name("members"), f.members());
            json.name("need").value(f.need());
            ids(json.name("commonCauses"), f.commonCauses());
            json.endObject();
        }
        json.endArray();
        json.name("cutSets");
        if (outcome.cutSetsCounted()) {
            json.beginArray();
            for (TargetCutSets t : outcome.cutSets()) {
                json.beginObject().name("target").value(t.target().value()).name("cutSets").beginArray();
                for (List<ServiceId> set : t.cutSets()) {
                    ids(json, set);
                }
                json.endArray().endObject();
            }
            json.endArray();
        } else {
            json.nullValue();
        }
        json.name("recovery");
        if (outcome.recoveryPlan().isPresent()) {
            recovery(json, outcome.recoveryPlan().get());
        } else {
            json.nullValue();
        }
        json.endObject();
    }

    private static void recovery(JsonWriter json, RecoveryPlan plan) throws IOException {
        json.beginObject();
        json.name("optimal").value(plan.optimal());
        json.name("customerFacingWeightDown").value(plan.customerFacingWeightDown());
        json.name("steps").beginArray();
        for (RecoveryStep step : plan.steps()) {
            json.beginObject().name("restore").value(step.restore().value());
            ids(json.name("upAgain"), step.upAgain());
            json.name("customerFacingWeightUp").value(step.customerFacingWeightUp());
            json.name("customerFacingWeightDown").value(step.customerFacingWeightDown());
            json.name("weightDown").value(step.weightDown());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void ids(JsonWriter json, List<ServiceId> ids) throws IOException {
        json.beginArray();
        for (ServiceId id : ids) {
            json.value(id.value());
        }
        json.endArray();
    }
}
