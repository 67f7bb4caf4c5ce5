package dev.blastmap.analysis;

import java.util.Arrays;

/**
 * The priority queue of a knockout: services waiting to be settled, grouped into buckets of equal key
 * (time, wave), the buckets taken smallest key first. Within a bucket the order is arbitrary; the engine
 * restores the id order afterwards. Keys pushed are always larger than the bucket being processed, so a
 * bucket is complete when it is taken. Without delays this is a plain first-in-first-out queue by wave; with
 * them, a small heap of distinct keys and a hash table from key to bucket. Not thread-safe.
 */
final class KeyBuckets {

    private long[] bucketTime = new long[16];
    private int[] bucketWave = new int[16];
    private int[] bucketFirst = new int[16];
    private int buckets;

    private int[] entryService = new int[64];
    private int[] entryNext = new int[64];
    private int entries;

    /** Bucket ids by key, open addressing; -1 is empty. */
    private int[] table = new int[64];
    /** Bucket ids not yet taken, a binary heap by key. */
    private int[] heap = new int[16];
    private int heapSize;

    private int lastBucket = -1;

    KeyBuckets() {
        Arrays.fill(table, -1);
    }

    boolean isEmpty() {
        return heapSize == 0;
    }

    /** Queues a service under a key. */
    void push(int service, long time, int wave) {
        int bucket = lastBucket >= 0 && bucketTime[lastBucket] == time && bucketWave[lastBucket] == wave
                ? lastBucket : bucketOf(time, wave);
        lastBucket = bucket;
        if (entries == entryService.length) {
            entryService = Arrays.copyOf(entryService, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        entryService[entries] = service;
        entryNext[entries] = bucketFirst[bucket];
        bucketFirst[bucket] = entries++;
    }

    /** Takes the bucket of the smallest key; read its key and services with the accessors below. */
    int takeSmallest() {
        int bucket = heap[0];
        heapSize--;
        int moved = heap[heapSize];
        int i = 0;
        while (2 * i + 1 < heapSize) {
            int child = 2 * i + 1;
            if (child + 1 < heapSize && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], moved)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = moved;
        if (bucket == lastBucket) {
            lastBucket = -1;
        }
        return bucket;
    }

    long time(int bucket) {
        return bucketTime[bucket];
    }

    int wave(int bucket) {
        return bucketWave[bucket];
    }

    /** The first entry of a bucket, or -1; follow with {@link #next}. */
    int first(int bucket) {
        return bucketFirst[bucket];
    }

    int next(int entry) {
        return entryNext[entry];
    }

    int service(int entry) {
        return entryService[entry];
    }

    private int bucketOf(long time, int wave) {
        int mask = table.length - 1;
        for (int slot = hash(time, wave) & mask; ; slot = (slot + 1) & mask) {
            int bucket = table[slot];
            if (bucket < 0) {
                bucket = newBucket(time, wave);
                table[slot] = bucket;
                if (buckets * 2 > table.length) {
                    rehash();
                }
                return bucket;
            }
            if (bucketTime[bucket] == time && bucketWave[bucket] == wave) {
                return bucket;
            }
        }
    }

    private int newBucket(long time, int wave) {
        if (buckets == bucketTime.length) {
            bucketTime = Arrays.copyOf(bucketTime, buckets * 2);
            bucketWave = Arrays.copyOf(bucketWave, buckets * 2);
            bucketFirst = Arrays.copyOf(bucketFirst, buckets * 2);
            heap = Arrays.copyOf(heap, buckets * 2);
        }
        int bucket = buckets++;
        bucketTime[bucket] = time;
        bucketWave[bucket] = wave;
        bucketFirst[bucket] = -1;
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(bucket, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = bucket;
        return bucket;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int bucket = 0; bucket < buckets; bucket++) {
            int slot = hash(bucketTime[bucket], bucketWave[bucket]) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = bucket;
        }
    }

    private boolean less(int a, int b) {
        return bucketTime[a] < bucketTime[b] || bucketTime[a] == bucketTime[b] && bucketWave[a] < bucketWave[b];
    }

    private static int hash(long time, int wave) {
        long h = (time * 0x9E3779B97F4A7C15L) ^ (wave * 0xC2B2AE3D27D4EB4FL);
        return (int) (h ^ (h >>> 29));
    }
}
