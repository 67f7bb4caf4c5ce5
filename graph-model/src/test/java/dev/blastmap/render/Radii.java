package dev.blastmap.render;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.Impact;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Hand-made blast radii for painting tests, independent of the propagation engine. */
final class Radii {

    private Radii() {
    }

    /** The shop with its users database knocked out: auth down, then checkout, web and mobile. */
    static BlastRadius shopWithoutUsersDb() {
        ServiceId usersDb = ServiceId.of("users-db");
        List<Failure> down = List.of(
                new Failure(usersDb, Duration.ZERO, 0, null, -1),
                new Failure(ServiceId.of("auth"), Duration.ZERO, 1, usersDb, 0),
                new Failure(ServiceId.of("checkout"), Duration.ZERO, 2, ServiceId.of("auth"), 0),
                new Failure(ServiceId.of("mobile"), Duration.ZERO, 3, ServiceId.of("checkout"), 0),
                new Failure(ServiceId.of("web"), Duration.ZERO, 3, ServiceId.of("checkout"), 0));
        Set<ServiceId> degraded = new LinkedHashSet<>();
        return new BlastRadius(Set.of(usersDb), down, degraded,
                new Impact(5, 4, 5, List.of(ServiceId.of("mobile"), ServiceId.of("web"))));
    }

    /** One service knocked out, one down, one degraded. */
    static BlastRadius threeStates(String knocked, String down, String degraded) {
        ServiceId k = ServiceId.of(knocked);
        return new BlastRadius(Set.of(k), List.of(new Failure(k, Duration.ZERO, 0, null, -1),
                new Failure(ServiceId.of(down), Duration.ZERO, 1, k, 0)), Set.of(ServiceId.of(degraded)),
                new Impact(2, 1, 2, List.of()));
    }
}
