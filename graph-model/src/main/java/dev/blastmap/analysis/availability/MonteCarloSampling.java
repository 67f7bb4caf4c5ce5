package dev.blastmap.analysis.availability;

import dev.blastmap.analysis.ScenarioPropagation;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Monte Carlo: samples scenarios in which each unreliable service fails on its own with probability
 * q = 1 - a, independently, and counts for every service the scenarios in which it is down. 64 scenarios make
 * one bit-parallel pass.
 *
 * <p>Drawing 64 coin flips per service per pass would cost more than propagating. Instead each service's
 * failures are placed along the stream of scenarios by geometric gaps (the number of scenarios until its next
 * failure is geometric with parameter q), so a service that rarely fails costs one comparison per pass. The
 * scenarios are cut into chunks of {@link #CHUNK_PASSES} passes, each with its own generator seeded from the
 * seed and the chunk number: the scenarios, and so the counts, are the same whatever the number of threads.
 * Immutable; {@link SampledImportance} replays the first passes of the same stream.
 */
final class MonteCarloSampling {

    /** Passes per chunk: enough to make a chunk's start-up cost small, few enough to share the work. */
    static final int CHUNK_PASSES = 256;

    private final ScenarioPropagation propagation;
    private final int size;
    /** The unreliable services, in pass order. */
    private final int[] order;
    /** log(a) of each service of {@link #order}. */
    private final double[] logUp;
    private final long seed;

    MonteCarloSampling(ScenarioPropagation propagation, double[] availability, long seed) {
        this.propagation = propagation;
        this.size = availability.length;
        this.order = propagation.inPassOrder(IntStream.range(0, size).filter(v -> availability[v] < 1).toArray());
        this.logUp = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            logUp[i] = Math.log1p(-(1 - availability[order[i]]));
        }
        this.seed = seed;
    }

    /**
     * The number of sampled scenarios, out of {@code samples} (a multiple of 64), in which each service is down.
     *
     * @param afterEachPass called after each pass from any worker thread; may throw to cancel
     */
    long[] downCounts(long samples, Runnable afterEachPass) {
        long passes = samples / ScenarioPropagation.SCENARIOS;
        long chunks = (passes + CHUNK_PASSES - 1) / CHUNK_PASSES;
        AtomicInteger nextChunk = new AtomicInteger();
        int workers = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), chunks));
        long[][] counts = new long[workers][];
        IntStream.range(0, workers).parallel().forEach(worker -> {
            long[] mine = new long[size];
            counts[worker] = mine;
            ScenarioPropagation.Pass pass = propagation.pass();
            Stream stream = new Stream();
            for (long c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                stream.startChunk(c);
                for (long t = c * CHUNK_PASSES, end = Math.min(passes, t + CHUNK_PASSES); t < end; t++) {
                    stream.next(t);
                    pass.clear();
                    for (int i = 0; i < stream.count; i++) {
                        pass.knockOut(stream.service[i], stream.failedIn[i]);
                    }
                    pass.propagate();
                    for (int i = 0, downs = pass.downCount(); i < downs; i++) {
                        mine[pass.downService(i)] += Long.bitCount(pass.downMask(i));
                    }
                    afterEachPass.run();
                }
            }
        });
        return sum(counts, size);
    }

    /** The element-wise sum of the threads' counts; a thread that did no work left null. */
    static long[] sum(long[][] parts, int length) {
        long[] total = new long[length];
        for (long[] part : parts) {
            if (part != null) {
                for (int i = 0; i < length; i++) {
                    total[i] += part[i];
                }
            }
        }
        return total;
    }

    /**
     * The failures of the first {@code passes} passes of the stream {@link #downCounts} samples, the same
     * scenarios, of the services {@code kept} says (the others' are left out: a caller that only looks at
     * services whose upstream cones hold no other can ignore them). Pass t's failed services are
     * {@code service[start[t]]} until {@code service[start[t + 1]]}, each failed in the scenarios of its
     * {@code failedIn}.
     */
    Replay replay(int passes, boolean[] kept) {
        int[] start = new int[passes + 1];
        int[] service = new int[64];
        long[] failedIn = new long[64];
        Stream stream = new Stream();
        for (int t = 0; t < passes; t++) {
            if (t % CHUNK_PASSES == 0) {
                stream.startChunk(t / CHUNK_PASSES);
            }
            stream.next(t);
            int at = start[t];
            if (at + stream.count > service.length) {
                int grown = Math.max(2 * service.length, at + stream.count);
                service = java.util.Arrays.copyOf(service, grown);
                failedIn = java.util.Arrays.copyOf(failedIn, grown);
            }
            for (int i = 0; i < stream.count; i++) {
                if (kept[stream.service[i]]) {
                    service[at] = stream.service[i];
                    failedIn[at++] = stream.failedIn[i];
                }
            }
            start[t + 1] = at;
        }
        return new Replay(start, service, failedIn);
    }

    /** Stored failures of a number of passes; see {@link #replay}. */
    record Replay(int[] start, int[] service, long[] failedIn) {
    }

    /** One thread's walk along the stream: the failures of pass after pass of one chunk. */
    private final class Stream {
        private final long[] next = new long[order.length];
        private SplittableRandom random;
        /** The services failed in some scenario of the current pass, and in which. */
        final int[] service = new int[order.length];
        final long[] failedIn = new long[order.length];
        int count;

        /** Starts chunk c: draws each service's first failure from the chunk's first scenario on. */
        void startChunk(long c) {
            random = new SplittableRandom(mix(seed, c));
            long start = c * CHUNK_PASSES * 64;
            for (int i = 0; i < order.length; i++) {
                next[i] = start + gap(random, logUp[i]);
            }
        }

        /** The failures of pass t, the next pass of the current chunk. */
        void next(long t) {
            long from = t * 64;
            long to = from + 64;
            count = 0;
            for (int i = 0; i < order.length; i++) {
                if (next[i] < to) {
                    long mask = 0;
                    long at = next[i];
                    while (at < to) {
                        mask |= 1L << (at - from);
                        at = addSaturated(at + 1, gap(random, logUp[i]));
                    }
                    next[i] = at;
                    service[count] = order[i];
                    failedIn[count++] = mask;
                }
            }
        }
    }

    /** Scenarios before the next failure of a service up with probability e^logUp: geometric. */
    private static long gap(SplittableRandom random, double logUp) {
        double u = 1 - random.nextDouble(); // in (0, 1]
        double g = Math.floor(Math.log(u) / logUp);
        return g >= 0x1p62 ? 1L << 62 : (long) g;
    }

    private static long addSaturated(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** A chunk's seed: the chunk number spread over all bits (SplitMix64's finaliser), mixed into the seed. */
    private static long mix(long seed, long chunk) {
        long z = seed + (chunk + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
