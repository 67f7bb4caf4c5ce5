package dev.blastmap.layout;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;

/**
 * A box drawn around the services of one region, zone or group.
 *
 * @param level   what the box stands for
 * @param name    the region, zone or group name, shown as the box's label
 * @param box     where it is, holding every member's box with room for the label
 * @param depth   0 for an outermost box, 1 for a box inside it
 * @param members the services directly or indirectly inside, sorted by id
 */
public record GroupBox(Grouping.Level level, String name, Box box, int depth, List<ServiceId> members) {

    /** Validates the group box and copies its members. */
    public GroupBox {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(box, "box");
        members = List.copyOf(members);
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be at least 0, was " + depth);
        }
    }
}
