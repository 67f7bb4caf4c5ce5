package dev.blastmap.io.json;

import dev.blastmap.io.json.JsonCursor.Located;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;

/** A service as read, before its references are checked: mutable while its object is being read. */
final class ServiceDraft {

    boolean idGiven;
    Located<ServiceId> id;
    String label;
    Kind kind;
    String region;
    String zone;
    String group;
    final List<String> tags = new ArrayList<>();
    double weight = 1;
    boolean customerFacing;
    double availability = 1;
    String description;
    final List<ClauseDraft> clauses = new ArrayList<>();
    /** Every service its clauses name, valid clauses or not, to check once all ids are known. */
    final List<Located<ServiceId>> references = new ArrayList<>();

    /** The service of the model; only called once every problem has been ruled out. */
    Service toService() {
        Service.Builder builder = Service.builder(id.value().value()).label(label).kind(kind).region(region)
                .zone(zone).group(group).tags(tags.toArray(String[]::new)).weight(weight)
                .customerFacing(customerFacing).availability(availability).description(description);
        for (ClauseDraft clause : clauses) {
            builder.dependsOn(clause.toClause());
        }
        return builder.build();
    }
}
