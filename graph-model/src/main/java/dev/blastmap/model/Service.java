package dev.blastmap.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A service in the dependency graph: what it is, where it runs, what it is worth, and what it needs.
 *
 * @param id             unique within the graph
 * @param label          the name shown to users; defaults to the id
 * @param kind           what it is; defaults to {@link Kind#SERVICE}
 * @param region         the region it runs in, or null; the space around a name is dropped
 * @param zone           the availability zone it runs in, or null; likewise
 * @param group          the team, system or box it belongs to, or null; likewise
 * @param tags           free tags, distinct, in file order
 * @param weight         what is lost while it is down (users, money per hour, ...); finite and at least 0
 * @param customerFacing true for services that customers use directly
 * @param availability   the probability that the service is up on its own, failures of different services
 *                       being independent: 0 &lt; a ≤ 1; 1 (the default, when a file gives none) means it never
 *                       fails on its own
 * @param dependsOn      its dependency clauses, in file order; no clause names the service itself
 * @param description    what the service is and does, in the user's words; never null, empty when none (free
 *                       text, possibly several lines, kept as written apart from a blank one becoming empty)
 */
public record Service(ServiceId id, String label, Kind kind, String region, String zone, String group,
                      List<String> tags, double weight, boolean customerFacing, double availability,
                      List<Clause> dependsOn, String description) {

    /** Validates the service, fills defaults and copies the lists. */
    public Service {
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? id.value() : label;
        kind = kind == null ? Kind.SERVICE : kind;
        region = blankToNull(region);
        zone = blankToNull(zone);
        group = blankToNull(group);
        tags = List.copyOf(new LinkedHashSet<>(tags));
        dependsOn = List.copyOf(dependsOn);
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of " + id + " must be a finite number ≥ 0, was " + weight);
        }
        if (!(availability > 0 && availability <= 1)) {
            throw new IllegalArgumentException("availability of " + id + " must be a number above 0 and at most 1, was "
                    + availability);
        }
        for (Clause clause : dependsOn) {
            if (clause.members().contains(id)) {
                throw new IllegalArgumentException(id + " depends on itself");
            }
        }
        description = description == null || description.isBlank() ? "" : description;
    }

    /** A service without a description; the constructor from before services had one. */
    public Service(ServiceId id, String label, Kind kind, String region, String zone, String group,
                   List<String> tags, double weight, boolean customerFacing, double availability,
                   List<Clause> dependsOn) {
        this(id, label, kind, region, zone, group, tags, weight, customerFacing, availability, dependsOn, "");
    }

    /**
     * A name without the white space around it, or null for none: a region, zone or group is a name, and every
     * format's reader but the native one strips the space around a value, so a group read from a DOT id that
     * ended in a line break would come back from GraphML as another group.
     */
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A service with this id, default values and no dependencies. */
    public static Service of(String id) {
        return builder(id).build();
    }

    /** Starts a service with this id and default values. */
    public static Builder builder(String id) {
        return builder(ServiceId.of(id));
    }

    /** Starts a service with this id and default values; readers pass the one id that every clause shares. */
    public static Builder builder(ServiceId id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /** A builder holding this service's values, to make a changed copy. */
    public Builder toBuilder() {
        return toBuilder(id);
    }

    /** A builder holding this service's values under another id, to rename it. */
    public Builder toBuilder(ServiceId newId) {
        Builder b = new Builder(newId);
        b.label = label;
        b.kind = kind;
        b.region = region;
        b.zone = zone;
        b.group = group;
        b.tags.addAll(tags);
        b.weight = weight;
        b.customerFacing = customerFacing;
        b.availability = availability;
        b.dependsOn.addAll(dependsOn);
        b.description = description;
        return b;
    }

    /** True if the service has a description. */
    public boolean hasDescription() {
        return !description.isEmpty();
    }

    /** True if the service can fail on its own: its availability is below 1. */
    public boolean isUnreliable() {
        return availability < 1;
    }

    /** Every service this one names in any clause, hard or soft, in file order, without repeats. */
    public List<ServiceId> dependencies() {
        // Asked for every service whenever a graph is opened or laid out: no stream for the common shapes.
        if (dependsOn.isEmpty()) {
            return List.of();
        }
        if (dependsOn.size() == 1) {
            return dependsOn.get(0).members(); // distinct already, and unmodifiable
        }
        LinkedHashSet<ServiceId> all = new LinkedHashSet<>();
        for (Clause c : dependsOn) {
            all.addAll(c.members());
        }
        return List.copyOf(all);
    }

    /** Builds a {@link Service}; for tests, importers and edits. */
    public static final class Builder {
        private final ServiceId id;
        private String label;
        private Kind kind = Kind.SERVICE;
        private String region;
        private String zone;
        private String group;
        private final List<String> tags = new ArrayList<>();
        private double weight = 1;
        private boolean customerFacing;
        private double availability = 1;
        private final List<Clause> dependsOn = new ArrayList<>();
        private String description = "";

        private Builder(ServiceId id) {
            this.id = id;
        }

        /** Sets the label. */
        public Builder label(String value) { this.label = value; return this; }

        /** Sets the kind. */
        public Builder kind(Kind value) { this.kind = value; return this; }

        /** Sets the region. */
        public Builder region(String value) { this.region = value; return this; }

        /** Sets the zone. */
        public Builder zone(String value) { this.zone = value; return this; }

        /** Sets the group. */
        public Builder group(String value) { this.group = value; return this; }

        /** Adds tags. */
        public Builder tags(String... values) { this.tags.addAll(List.of(values)); return this; }

        /** Sets the weight. */
        public Builder weight(double value) { this.weight = value; return this; }

        /** Sets whether customers use it directly. */
        public Builder customerFacing(boolean value) { this.customerFacing = value; return this; }

        /** Sets the probability that it is up on its own (0 &lt; a ≤ 1; 1, the default, never fails). */
        public Builder availability(double value) { this.availability = value; return this; }

        /** Adds a clause. */
        public Builder dependsOn(Clause clause) { this.dependsOn.add(clause); return this; }

        /** Adds a hard single dependency on each id. */
        public Builder dependsOn(String... ids) {
            for (String dependency : ids) {
                this.dependsOn.add(Clause.on(ServiceId.of(dependency)));
            }
            return this;
        }

        /** Sets the description; null or blank means none. */
        public Builder description(String value) { this.description = value; return this; }

        /** Removes every tag. */
        public Builder clearTags() { this.tags.clear(); return this; }

        /** Removes every clause. */
        public Builder clearDependencies() { this.dependsOn.clear(); return this; }

        /** Builds the service; throws IllegalArgumentException if it is not valid. */
        public Service build() {
            return new Service(id, label, kind, region, zone, group, tags, weight, customerFacing, availability,
                    dependsOn, description);
        }
    }
}
