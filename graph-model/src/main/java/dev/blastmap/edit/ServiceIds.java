package dev.blastmap.edit;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Optional;

/** The rules a new service id must meet, as sentences for the user, and fresh ids for new services. */
public final class ServiceIds {

    private ServiceIds() {
    }

    /**
     * What is wrong with {@code text} as the id of service {@code renaming} (null for a new service), or
     * empty when it is a valid id no other service has.
     */
    public static Optional<String> problem(Graph graph, String text, ServiceId renaming) {
        if (text == null || text.isBlank()) {
            return Optional.of("An id must not be empty.");
        }
        if (!text.strip().equals(text)) {
            return Optional.of("An id must not start or end with a space.");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("An id must not contain tabs, line breaks or other control characters.");
        }
        ServiceId id = ServiceId.of(text);
        if (graph.contains(id) && !id.equals(renaming)) {
            return Optional.of("“" + text + "” is already the id of " + graph.require(id).label() + ".");
        }
        return Optional.empty();
    }

    /** Throws IllegalArgumentException with the sentence of {@link #problem} when {@code id} is taken. */
    static void requireFree(Graph graph, ServiceId id) {
        problem(graph, id.value(), null).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    /**
     * An id not taken in {@code graph}: {@code base} itself if free, else {@code base-2}, {@code base-3}, …
     * (a trailing {@code -n} of the base is replaced, so copies of {@code db-2} are {@code db-3}, …).
     */
    public static ServiceId fresh(Graph graph, String base) {
        String stem = base.strip().isEmpty() ? "service" : base.strip();
        if (!graph.contains(ServiceId.of(stem))) {
            return ServiceId.of(stem);
        }
        stem = stem.replaceFirst("-\\d+$", "");
        for (int n = 2; ; n++) {
            ServiceId candidate = ServiceId.of(stem + "-" + n);
            if (!graph.contains(candidate)) {
                return candidate;
            }
        }
    }
}
