package dev.blastmap.model;

import java.util.Objects;

/**
 * The identity of a service within a graph. Services are always keyed by id, never by object identity.
 *
 * @param value the id as written in the file; non-blank, no leading or trailing white space
 */
public record ServiceId(String value) implements Comparable<ServiceId> {

    /** Validates the id. */
    public ServiceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a service id must not be blank");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException("a service id must not start or end with white space: '" + value + "'");
        }
    }

    /** Returns the id with the given value. */
    public static ServiceId of(String value) {
        return new ServiceId(value);
    }

    /** Orders ids by their value, as Java strings compare. */
    @Override
    public int compareTo(ServiceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
