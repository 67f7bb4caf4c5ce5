package dev.blastmap.app;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.List;

/** Small graphs the app's tests share. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Shorthand for an id. */
    public static ServiceId id(String value) {
        return ServiceId.of(value);
    }

    /**
     * A shop: web → api → db → dns, api soft on cache, worker on db after ten minutes, search needs two of
     * three replicas. Knocking out dns takes down db, api, web (waves 1–3 at T+0) and worker (T+10 min).
     */
    public static Graph shop() {
        return new Graph("Shop", "", List.of(), List.of(
                Service.builder("dns").label("DNS").kind(Kind.DNS).region("east").zone("east-a").build(),
                Service.builder("db").label("Database").kind(Kind.DATABASE).region("east").zone("east-a")
                        .dependsOn("dns").build(),
                Service.builder("cache").label("Cache").region("east").zone("east-b").build(),
                Service.builder("api").label("API").region("east").zone("east-b").tags("tier-1")
                        .dependsOn("db").dependsOn(Clause.on(id("cache")).asSoft()).build(),
                Service.builder("worker").label("Worker").region("west").group("batch")
                        .dependsOn(Clause.on(id("db")).withDelay(Duration.ofMinutes(10)).withNote("retries for ten minutes"))
                        .build(),
                Service.builder("web").label("Web shop").kind(Kind.APP).customerFacing(true).weight(10)
                        .tags("tier-1").dependsOn("api").build(),
                Service.of("r1"), Service.of("r2"), Service.of("r3"),
                Service.builder("search").label("Search")
                        .dependsOn(Clause.atLeast(2, List.of(id("r1"), id("r2"), id("r3")))).build()),
                List.of());
    }

    /** The shop as an open document. */
    public static GraphDocument shopDocument() {
        return new GraphDocument(shop(), "Shop", null, List.of());
    }
}
