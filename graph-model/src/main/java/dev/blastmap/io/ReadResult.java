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
        positions = positions instanceof IndexedPositions ? positions : Map.copyOf(positions);
    }

    /**
     * A result whose positions are given per service, in the order of {@code graph.services()}: the line in the
     * high 32 bits and the column in the low ones, 0 where unknown. Kept as given rather than as a map of a
     * position per service, which for a million services is most of a read's garbage.
     *
     * @param packedPositions one per service; owned by the result from now on
     */
    public static ReadResult withPositions(Graph graph, List<Problem> warnings, long[] packedPositions) {
        return new ReadResult(graph, warnings, new IndexedPositions(graph, packedPositions));
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
