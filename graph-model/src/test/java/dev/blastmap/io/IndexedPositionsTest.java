package dev.blastmap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexedPositionsTest {

    private final Graph graph = Graph.of(Service.of("a"), Service.of("b"), Service.of("c"));

    @Test
    void eachServiceIsFoundAtItsPositionAndUnknownOnesAreAbsent() {
        ReadResult read = ReadResult.withPositions(graph, List.of(), new long[] {(3L << 32) | 5, 0, (9L << 32) | 1});

        assertThat(read.positionOf(ServiceId.of("a"))).contains(new SourcePosition(3, 5));
        assertThat(read.positionOf(ServiceId.of("b"))).isEmpty();
        assertThat(read.positionOf(ServiceId.of("zz"))).isEmpty();
        assertThat(read.positions()).isEqualTo(Map.of(ServiceId.of("a"), new SourcePosition(3, 5),
                ServiceId.of("c"), new SourcePosition(9, 1)));
        assertThat(read.positions().keySet()).containsExactly(ServiceId.of("a"), ServiceId.of("c"));
    }

    @Test
    void thePositionsCannotBeChangedOrMismatched() {
        ReadResult read = ReadResult.withPositions(graph, List.of(), new long[] {1L << 32, 1L << 32, 1L << 32});

        assertThatThrownBy(() -> read.positions().put(ServiceId.of("d"), new SourcePosition(1, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ReadResult.withPositions(graph, List.of(), new long[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
