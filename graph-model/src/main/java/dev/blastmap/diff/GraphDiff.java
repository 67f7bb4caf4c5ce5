package dev.blastmap.diff;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a graph, and what that did to the blast radius. Every list is in a
 * stable order (ids as Java strings compare, unless said otherwise), so the same two files always give the
 * same diff.
 *
 * @param oldSource           where the old version was read from
 * @param newSource           where the new version was read from
 * @param added               services only in the new version
 * @param removed             services only in the old version
 * @param changed             services in both whose fields differ
 * @param dependenciesAdded   dependent → dependency pairs (any clause, hard or soft) only in the new version
 * @param dependenciesRemoved such pairs only in the old version
 * @param radiusChanges       services in both whose single-fault blast radius or exposure changed, the largest
 *                            change in services down first, then by id
 * @param newSpofs            single points of failure of customer-facing services that the new version has and
 *                            the old did not, by customer-facing service then culprit
 * @param removedSpofs        those the old version had and the new one has not
 */
public record GraphDiff(String oldSource, String newSource, List<ServiceId> added, List<ServiceId> removed,
                        List<ServiceChange> changed, List<Dependency> dependenciesAdded,
                        List<Dependency> dependenciesRemoved, List<RadiusChange> radiusChanges,
                        List<SpofChange> newSpofs, List<SpofChange> removedSpofs) {

    /** Validates the diff and copies the lists. */
    public GraphDiff {
        Objects.requireNonNull(oldSource, "oldSource");
        Objects.requireNonNull(newSource, "newSource");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        dependenciesAdded = List.copyOf(dependenciesAdded);
        dependenciesRemoved = List.copyOf(dependenciesRemoved);
        radiusChanges = List.copyOf(radiusChanges);
        newSpofs = List.copyOf(newSpofs);
        removedSpofs = List.copyOf(removedSpofs);
    }

    /** True if the two versions are the same graph as far as services, dependencies and impacts go. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && dependenciesAdded.isEmpty()
                && dependenciesRemoved.isEmpty() && radiusChanges.isEmpty() && newSpofs.isEmpty()
                && removedSpofs.isEmpty();
    }

    /**
     * A service whose fields differ between the versions.
     *
     * @param id     the service
     * @param fields each field that differs, in the order of {@link dev.blastmap.model.Service}'s components
     */
    public record ServiceChange(ServiceId id, List<FieldChange> fields) {

        /** Copies the list. */
        public ServiceChange {
            Objects.requireNonNull(id, "id");
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field of a service, before and after, as text.
     *
     * @param field  the field's name in the native format, e.g. {@code zone} or {@code dependsOn}
     * @param before its old value as text; empty when absent
     * @param after  its new value as text; empty when absent
     */
    public record FieldChange(String field, String before, String after) {

        /** Validates the change. */
        public FieldChange {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * One dependency edge: {@code from} names {@code to} in some clause.
     *
     * @param from the dependent
     * @param to   the dependency
     */
    public record Dependency(ServiceId from, ServiceId to) implements Comparable<Dependency> {

        /** Validates the edge. */
        public Dependency {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public int compareTo(Dependency o) {
            int byFrom = from.compareTo(o.from);
            return byFrom != 0 ? byFrom : to.compareTo(o.to);
        }
    }

    /**
     * A service's single-fault figures in one version.
     *
     * @param down               services down when it is knocked out alone, itself included
     * @param weighted           their weights added up
     * @param customerFacingDown the customer-facing services among them, by id
     * @param exposure           how many other services take it down when knocked out alone
     */
    public record Radius(int down, double weighted, List<ServiceId> customerFacingDown, int exposure) {

        /** Validates the figures and copies the list. */
        public Radius {
            customerFacingDown = List.copyOf(customerFacingDown);
            if (down < 1 || exposure < 0) {
                throw new IllegalArgumentException("down is at least 1 and exposure at least 0");
            }
        }
    }

    /**
     * A service's figures before and after.
     *
     * @param id     the service, in both versions
     * @param before in the old version
     * @param after  in the new version
     */
    public record RadiusChange(ServiceId id, Radius before, Radius after) {

        /** Validates the change. */
        public RadiusChange {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** True if losing it takes down more services, or more weight, than before. */
        public boolean grew() {
            return after.down() > before.down() || after.down() == before.down() && after.weighted() > before.weighted();
        }

        /** True if losing it takes down fewer services, or less weight, than before. */
        public boolean shrank() {
            return after.down() < before.down() || after.down() == before.down() && after.weighted() < before.weighted();
        }
    }

    /**
     * A single point of failure of a customer-facing service that appeared or disappeared.
     *
     * @param culprit        the service whose loss alone takes it down
     * @param customerFacing the customer-facing service taken down
     * @param causeChain     why, in the version where the pair exists: from the customer-facing service back
     *                       to the culprit; empty when not computed (beyond the first hundred)
     */
    public record SpofChange(ServiceId culprit, ServiceId customerFacing, List<ServiceId> causeChain) {

        /** Validates the change and copies the chain. */
        public SpofChange {
            Objects.requireNonNull(culprit, "culprit");
            Objects.requireNonNull(customerFacing, "customerFacing");
            causeChain = List.copyOf(causeChain);
        }
    }
}
