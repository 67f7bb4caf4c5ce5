package dev.blastmap.edit;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.time.Duration;
import java.util.List;

/** A small graph with every kind of clause and a walkthrough, for the edit tests. */
final class EditFixtures {

    private EditFixtures() {
    }

    static ServiceId id(String value) {
        return ServiceId.of(value);
    }

    /** web → api → db → dns; api soft on cache; search needs 2 of r1, r2, r3; a walkthrough names db and dns. */
    static Graph shop() {
        List<Service> services = List.of(
                Service.builder("dns").label("DNS").build(),
                Service.builder("db").label("Database").dependsOn("dns").build(),
                Service.of("cache"),
                Service.builder("api").dependsOn("db")
                        .dependsOn(Clause.on(id("cache")).asSoft().withDelay(Duration.ofMinutes(5))).build(),
                Service.builder("web").dependsOn("api").customerFacing(true).build(),
                Service.of("r1"), Service.of("r2"), Service.of("r3"),
                Service.builder("search").dependsOn(Clause.atLeast(2, List.of(id("r1"), id("r2"), id("r3"))))
                        .build());
        Scenario outage = new Scenario("outage", "The outage", "", List.of(
                new Step(null, "DNS goes", "", List.of(id("dns")), List.of(), List.of(id("db"))),
                new Step(null, "", "", List.of(), List.of(id("dns")), List.of())));
        return new Graph("Shop", "", List.of(), services, List.of(outage));
    }
}
