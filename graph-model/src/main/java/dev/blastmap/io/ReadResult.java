package dev.blastmap.io;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A graph read from a file, with the warnings found on the way (unknown fields, dropped nodes, ...) and where
 * in the file each service was defined, where the reader knows it.
 *
 * @param graph     the graph
 * @param warnings  problems that did not refuse the file
 * @param positions where each service is defined in the file; services a reader cannot place are absent
 */
public record ReadResult(Graph graph, List<Problem> warnings, Map<ServiceId, SourcePosition> positions) {

    /** Validates the result and copies the warnings and positions. */
    public ReadResult {
        Objects.requireNonNull(graph, "graph");
        warnings = List.copyOf(warnings);
        positions = Map.copyOf(positions);
    }

    /** A result whose reader does not know where services are defined. */
    public ReadResult(Graph graph, List<Problem> warnings) {
        this(graph, warnings, Map.of());
    }

    /** Where this service is defined in the file, if the reader knows. */
    public Optional<SourcePosition> positionOf(ServiceId id) {
        return Optional.ofNullable(positions.get(id));
    }
}
