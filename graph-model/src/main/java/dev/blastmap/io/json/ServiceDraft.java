package dev.blastmap.io.json;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;

/** A service as read: mutable while its object is being read, then made a {@link Service} if all is well. */
final class ServiceDraft {

    boolean idGiven;
    /** The id's number in the {@link IdTable}, or -1 while none is known. */
    int id = -1;
    /** Where the id is written, packed by {@link JsonReaderPosition}. */
    long idAt;
    String label;
    Kind kind;
    String region;
    String zone;
    String group;
    final List<String> tags = new ArrayList<>(0);
    double weight = 1;
    boolean customerFacing;
    double availability = 1;
    String description;
    final List<Clause> clauses = new ArrayList<>(4);

    /** The service of the model, with the id its clauses share; only called while no error has been found. */
    Service toService(ServiceId serviceId) {
        Service.Builder builder = Service.builder(serviceId).label(label).kind(kind).region(region)
                .zone(zone).group(group).tags(tags.toArray(String[]::new)).weight(weight)
                .customerFacing(customerFacing).availability(availability).description(description);
        for (Clause clause : clauses) {
            builder.dependsOn(clause);
        }
        return builder.build();
    }
}
