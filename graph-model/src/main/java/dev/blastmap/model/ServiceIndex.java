package dev.blastmap.model;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Where each service of a graph is in its list, by id: an open-addressing table of ints, so that a graph of a
 * million services costs a few megabytes of index rather than a map entry and a boxed value per service.
 * Immutable once built; safe to read from several threads.
 */
final class ServiceIndex {

    private final List<Service> services;
    /** The id of each service, in list order. */
    private final ServiceId[] ids;
    /**
     * The open-addressing table: the id in each slot, and the index of its service plus one (0 for empty). A
     * lookup with the very id a service has (readers share them) is answered by the first slot it reads.
     */
    private final ServiceId[] keys;
    private final int[] slots;

    /**
     * Indexes {@code services}.
     *
     * @throws IllegalArgumentException if two services have the same id
     */
    ServiceIndex(List<Service> services) {
        this.services = services;
        this.ids = new ServiceId[services.size()];
        this.slots = new int[Integer.highestOneBit(Math.max(1, services.size()) * 2) * 2];
        this.keys = new ServiceId[slots.length];
        int mask = slots.length - 1;
        for (int i = 0; i < ids.length; i++) {
            ServiceId id = services.get(i).id();
            ids[i] = id;
            int slot = spread(id.hashCode()) & mask;
            for (; keys[slot] != null; slot = (slot + 1) & mask) {
                if (keys[slot].equals(id)) {
                    throw new IllegalArgumentException("duplicate service id: " + id);
                }
            }
            keys[slot] = id;
            slots[slot] = i + 1;
        }
    }

    /** The index of the service with this id in the list, or -1. */
    int indexOf(Object id) {
        int slot = slotOf(id);
        return slot < 0 ? -1 : slots[slot] - 1;
    }

    /** True if a service has this id. */
    boolean contains(Object id) {
        return slotOf(id) >= 0;
    }

    private int slotOf(Object id) {
        if (!(id instanceof ServiceId)) {
            return -1;
        }
        int mask = keys.length - 1;
        for (int slot = spread(id.hashCode()) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            ServiceId key = keys[slot];
            if (key == id || key.equals(id)) {
                return slot;
            }
        }
        return -1;
    }

    /** The service with this id, or null. */
    Service get(ServiceId id) {
        int at = indexOf(id);
        return at < 0 ? null : services.get(at);
    }

    /** The ids in list order, as an unmodifiable set backed by this index. */
    java.util.Set<ServiceId> ids() {
        return new AbstractSet<>() {
            @Override
            public Iterator<ServiceId> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ids.length;
                    }

                    @Override
                    public ServiceId next() {
                        if (next >= ids.length) {
                            throw new NoSuchElementException();
                        }
                        return ids[next++];
                    }
                };
            }

            @Override
            public int size() {
                return ids.length;
            }

            @Override
            public boolean contains(Object o) {
                return ServiceIndex.this.contains(o);
            }
        };
    }

    /**
     * Mixes a hash code so that ids differing only in a counter ({@code svc-1}, {@code svc-2}, ...), whose
     * String hash codes are consecutive, do not fill runs of neighbouring slots that linear probing then
     * crawls along; the multiplier is the golden ratio's (Fibonacci hashing).
     */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
