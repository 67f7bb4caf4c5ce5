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
    /** The id of each service, in list order, so that probing does not touch the services themselves. */
    private final ServiceId[] ids;
    /** Slots of the table: a service's index in the list plus one, 0 for empty. */
    private final int[] slots;
    /** The hash code of the id in each slot, compared first so that a probe rarely leaves the table. */
    private final int[] hashes;

    /**
     * Indexes {@code services}.
     *
     * @throws IllegalArgumentException if two services have the same id
     */
    ServiceIndex(List<Service> services) {
        this.services = services;
        this.ids = new ServiceId[services.size()];
        this.slots = new int[Integer.highestOneBit(Math.max(1, services.size()) * 2) * 2];
        this.hashes = new int[slots.length];
        int mask = slots.length - 1;
        for (int i = 0; i < ids.length; i++) {
            ServiceId id = services.get(i).id();
            ids[i] = id;
            int hash = id.hashCode();
            int slot = spread(hash) & mask;
            for (; slots[slot] != 0; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && id.equals(ids[slots[slot] - 1])) {
                    throw new IllegalArgumentException("duplicate service id: " + id);
                }
            }
            slots[slot] = i + 1;
            hashes[slot] = hash;
        }
    }

    /** The index of the service with this id in the list, or -1. */
    int indexOf(Object id) {
        if (!(id instanceof ServiceId)) {
            return -1;
        }
        int hash = id.hashCode();
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] != hash) {
                continue;
            }
            ServiceId candidate = ids[slots[slot] - 1];
            // readers share one id per service, so identity usually answers before equals is needed
            if (candidate == id || candidate.equals(id)) {
                return slots[slot] - 1;
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
                return indexOf(o) >= 0;
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
