package dev.blastmap.analysis;

import dev.blastmap.model.ServiceId;

/**
 * The index of each service id, for compiling a graph: an open-addressing table of {@code long}s, each
 * holding an id's string hash in the high half and its index in the low half. Compiling looks up every clause
 * member (100,000 of them in a 20k-service graph); a {@code HashMap<ServiceId, Integer>} costs a node, the
 * key and a boxed Integer per lookup, all scattered in memory, where this costs one slot and, when the member
 * is the very {@code ServiceId} object the service was declared with (as readers that share ids make it), no
 * string comparison at all. Immutable after construction.
 */
final class IdIndex {

    private static final long EMPTY = -1L;

    private final ServiceId[] ids;
    private final long[] slots;
    private final int mask;

    /** Indexes ids[0..n-1], which must be distinct. */
    IdIndex(ServiceId[] ids) {
        this.ids = ids;
        int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(slots, EMPTY);
        for (int v = 0; v < ids.length; v++) {
            int hash = ids[v].value().hashCode();
            int i = spread(hash) & mask;
            while (slots[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            slots[i] = (long) hash << 32 | v;
        }
    }

    /** The index of the id, or -1 if there is none (or it is null). */
    int indexOf(ServiceId id) {
        if (id == null) {
            return -1;
        }
        String value = id.value();
        int hash = value.hashCode();
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == EMPTY) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash) {
                int v = (int) slot;
                ServiceId candidate = ids[v];
                if (candidate == id || candidate.value().equals(value)) {
                    return v;
                }
            }
        }
    }

    /** Mixes the high bits of a string hash into the low ones the table uses. */
    private static int spread(int hash) {
        return hash * 0x9E3779B9 ^ (hash >>> 16);
    }
}
