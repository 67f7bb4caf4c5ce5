package dev.blastmap.app.inspector;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.spread.SimulatedTime;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the inspector shows about one service, computed once when the selection or the knockout
 * changes: its properties, its dependency clauses as groups, its dependents and, when it is down, the chain
 * of causes back to what was knocked out.
 *
 * @param service      the service
 * @param state        its state under the current knockout
 * @param dependencies one group per clause, in file order
 * @param dependents   the services that name it, with their states
 * @param causeChain   the service, its cause, ..., a knocked-out service; empty when it is up
 * @param failure      how it went down, or null when it is up
 */
public record ServiceDetails(Service service, ServiceState state, List<DependencyGroup> dependencies,
                             List<Member> dependents, List<Member> causeChain, Failure failure) {

    /** Copies the lists. */
    public ServiceDetails {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(state, "state");
        dependencies = List.copyOf(dependencies);
        dependents = List.copyOf(dependents);
        causeChain = List.copyOf(causeChain);
    }

    /**
     * A service named in the inspector, as a link.
     *
     * @param id    its id
     * @param label its label
     * @param state its state
     */
    public record Member(ServiceId id, String label, ServiceState state) {
    }

    /**
     * One clause shown as a group.
     *
     * @param heading what the clause asks: {@code needs}, {@code any 1 of 3}, {@code at least 2 of 3}, with
     *                {@code soft} and the delay when it has them
     * @param note    the clause's note, empty when none
     * @param members its members with their states
     * @param broken  true if fewer than the needed members are up
     */
    public record DependencyGroup(String heading, String note, List<Member> members, boolean broken) {

        /** Copies the members. */
        public DependencyGroup {
            members = List.copyOf(members);
        }
    }

    /** The details of {@code id} in {@code document}; {@code radius} is the current knockout or null. */
    public static ServiceDetails of(GraphDocument document, BlastRadius radius, ServiceId id) {
        Service service = document.graph().require(id);
        List<DependencyGroup> groups = new ArrayList<>();
        for (Clause c : service.dependsOn()) {
            List<Member> members = c.members().stream().map(m -> member(document, radius, m)).toList();
            long up = members.stream().filter(m -> !isDown(m.state())).count();
            groups.add(new DependencyGroup(heading(c), c.note(), members, up < c.need()));
        }
        List<Member> dependents = document.dependentsOf(id).stream().map(d -> member(document, radius, d)).toList();
        List<Member> chain = radius == null ? List.of()
                : radius.causeChain(id).stream().map(c -> member(document, radius, c)).toList();
        Failure failure = radius == null ? null : radius.failure(id).orElse(null);
        return new ServiceDetails(service, stateOf(radius, id), groups, dependents, chain, failure);
    }

    /** The cause chain as one line: {@code Snapchat ← Lambda ← DynamoDB}. */
    public String causeLine() {
        return String.join(" ← ", causeChain.stream().map(Member::label).toList());
    }

    /** How it went down, in words, when it is down. */
    public Optional<String> failureSummary() {
        if (failure == null) {
            return Optional.empty();
        }
        if (failure.knockedOut()) {
            return Optional.of("Knocked out");
        }
        return Optional.of("Down at " + SimulatedTime.clock(failure.time()) + ", wave " + failure.wave());
    }

    static String heading(Clause c) {
        int n = c.members().size();
        String what;
        if (n == 1) {
            what = "needs";
        } else if (c.need() == 1) {
            what = "any 1 of " + n;
        } else if (c.need() == n) {
            what = "needs all " + n;
        } else {
            what = "at least " + c.need() + " of " + n;
        }
        StringBuilder sb = new StringBuilder(what);
        if (c.soft()) {
            sb.append(" · soft");
        }
        if (!c.delay().isZero()) {
            sb.append(" · after ").append(SimulatedTime.format(c.delay()));
        }
        return sb.toString();
    }

    private static Member member(GraphDocument document, BlastRadius radius, ServiceId id) {
        return new Member(id, document.label(id), stateOf(radius, id));
    }

    private static ServiceState stateOf(BlastRadius radius, ServiceId id) {
        return radius == null ? ServiceState.HEALTHY : radius.state(id);
    }

    private static boolean isDown(ServiceState s) {
        return s == ServiceState.DOWN || s == ServiceState.KNOCKED_OUT;
    }
}
