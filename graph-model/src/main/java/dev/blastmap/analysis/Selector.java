package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What to knock out: one service by id, or a failure domain by {@code region:R}, {@code zone:Z},
 * {@code kind:K}, {@code tag:T} or {@code group:G}.
 *
 * @param field the domain field, or {@code id}
 * @param value the id, region, zone, kind, tag or group
 */
public record Selector(Field field, String value) {

    /** What a selector matches on. */
    public enum Field {
        ID, REGION, ZONE, KIND, TAG, GROUP;

        String prefix() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Validates the selector. */
    public Selector {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a selector needs a value");
        }
    }

    /**
     * Parses {@code region:us-east-1} and the like; anything without a known {@code field:} prefix is a
     * service id, so ids that contain a colon still work.
     */
    public static Selector parse(String text) {
        int colon = text.indexOf(':');
        if (colon > 0) {
            String prefix = text.substring(0, colon);
            for (Field f : Field.values()) {
                if (f != Field.ID && f.prefix().equals(prefix)) {
                    return new Selector(f, text.substring(colon + 1));
                }
            }
        }
        return new Selector(Field.ID, text);
    }

    /**
     * The services this selector names, in file order.
     *
     * @throws IllegalArgumentException if it names a service that does not exist or matches nothing
     */
    public Set<ServiceId> resolve(Graph graph) {
        Predicate<Service> matches = switch (field) {
            case ID -> s -> s.id().value().equals(value);
            case REGION -> s -> value.equals(s.region());
            case ZONE -> s -> value.equals(s.zone());
            case KIND -> s -> s.kind().id().equals(value);
            case TAG -> s -> s.tags().contains(value);
            case GROUP -> s -> value.equals(s.group());
        };
        Set<ServiceId> ids = new LinkedHashSet<>();
        for (Service s : graph.services()) {
            if (matches.test(s)) {
                ids.add(s.id());
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(field == Field.ID
                    ? "no service with id '" + value + "'"
                    : "no service matches " + this);
        }
        return ids;
    }

    @Override
    public String toString() {
        return field == Field.ID ? value : field.prefix() + ":" + value;
    }
}
