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
 * seed and the chunk number: the counts are the same whatever the number of threads.
 */
final class MonteCarloSampling {

    /** Passes per chunk: enough to make a chunk's start-up cost small, few enough to share the work. */
    static final int CHUNK_PASSES = 256;

    private MonteCarloSampling() {
    }

    /**
     * The number of sampled scenarios, out of {@code samples} (a multiple of 64), in which each service is down.
     *
     * @param afterEachPass called after each pass from any worker thread; may throw to cancel
     */
    static long[] downCounts(ScenarioPropagation propagation, double[] availability, long samples, long seed,
                             Runnable afterEachPass) {
        int n = availability.length;
        int[] unreliable = IntStream.range(0, n).filter(v -> availability[v] < 1).toArray();
        int[] order = propagation.inPassOrder(unreliable);
        double[] logUp = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            logUp[i] = Math.log1p(-(1 - availability[order[i]]));
        }
        long passes = samples / ScenarioPropagation.SCENARIOS;
        long chunks = (passes + CHUNK_PASSES - 1) / CHUNK_PASSES;
        AtomicInteger nextChunk = new AtomicInteger();
        int workers = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), chunks));
        long[][] counts = new long[workers][];
        IntStream.range(0, workers).parallel().forEach(worker -> {
            long[] mine = new long[n];
            counts[worker] = mine;
            ScenarioPropagation.Pass pass = propagation.pass();
            long[] next = new long[order.length];
            for (long c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                SplittableRandom random = new SplittableRandom(mix(seed, c));
                long firstPass = c * CHUNK_PASSES;
                long endPass = Math.min(passes, firstPass + CHUNK_PASSES);
                long start = firstPass * 64;
                for (int i = 0; i < order.length; i++) {
                    next[i] = start + gap(random, logUp[i]);
                }
                for (long t = firstPass; t < endPass; t++) {
                    long from = t * 64;
                    long to = from + 64;
                    pass.clear();
                    for (int i = 0; i < order.length; i++) {
                        if (next[i] < to) {
                            long mask = 0;
                            long at = next[i];
                            while (at < to) {
                                mask |= 1L << (at - from);
                                at = addSaturated(at + 1, gap(random, logUp[i]));
                            }
                            next[i] = at;
                            pass.knockOut(order[i], mask);
                        }
                    }
                    pass.propagate();
                    for (int i = 0, downs = pass.downCount(); i < downs; i++) {
                        mine[pass.downService(i)] += Long.bitCount(pass.downMask(i));
                    }
                    afterEachPass.run();
                }
            }
        });
        long[] total = new long[n];
        for (long[] c : counts) {
            if (c != null) {
                for (int v = 0; v < n; v++) {
                    total[v] += c[v];
                }
            }
        }
        return total;
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
