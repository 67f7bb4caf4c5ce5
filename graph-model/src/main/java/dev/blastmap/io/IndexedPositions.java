package dev.blastmap.io;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Where each service of a graph is defined, kept as one packed line and column per service in the graph's own
 * order and looked up through the graph's index: for a million services, eight megabytes instead of a million
 * positions in a map. An unmodifiable map; its values are made on each access.
 */
final class IndexedPositions extends AbstractMap<ServiceId, SourcePosition> {

    private final Graph graph;
    private final long[] packed;
    private final int size;

    /**
     * @param packed for each service of {@code graph.services()}, its line in the high half and its column in
     *               the low half; 0 where the position is unknown. Owned by this map from now on.
     */
    IndexedPositions(Graph graph, long[] packed) {
        if (packed.length != graph.size()) {
            throw new IllegalArgumentException("one position per service: " + packed.length + " for " + graph.size());
        }
        this.graph = graph;
        this.packed = packed;
        int known = 0;
        for (long p : packed) {
            known += p == 0 ? 0 : 1;
        }
        this.size = known;
    }

    @Override
    public SourcePosition get(Object key) {
        int at = key instanceof ServiceId id ? graph.indexOf(id) : -1;
        return at < 0 || packed[at] == 0 ? null : position(at);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<ServiceId, SourcePosition>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<ServiceId, SourcePosition>> iterator() {
                return new Iterator<>() {
                    private int next = skipUnknown(0);

                    @Override
                    public boolean hasNext() {
                        return next < packed.length;
                    }

                    @Override
                    public Map.Entry<ServiceId, SourcePosition> next() {
                        if (next >= packed.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<ServiceId, SourcePosition> entry =
                                new SimpleImmutableEntry<>(graph.services().get(next).id(), position(next));
                        next = skipUnknown(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int skipUnknown(int from) {
        int at = from;
        while (at < packed.length && packed[at] == 0) {
            at++;
        }
        return at;
    }

    private SourcePosition position(int at) {
        return new SourcePosition((int) (packed[at] >>> 32), (int) packed[at]);
    }
}
