package dev.blastmap.app.canvas;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Prints, as one comment line, three facts about the machine at the moment a measurement runs, so that figures
 * taken on different days can be told apart from the machine under them: what memory new to a process costs
 * (a 4 KB page, touched for the first time: 0.1–0.3 µs on an ordinary machine, 11–17 µs on the shared machine
 * of 4 December 2026, where it made garbage collection and the launch dear), how fast one core runs a fixed
 * loop of integer arithmetic, and how fast memory already the process's own is copied (both slower when the
 * host is busy: the first when the processor is shared, the second when its caches and memory are). Not a
 * test: the harness scripts run it before they measure ({@code frame-rate.sh}, {@code peer-frame-rate.sh},
 * {@code launch-time.sh}).
 */
public final class MachineProbe {

    private static final int MEGABYTES = 128;
    private static final int PAGE = 4096;
    private static final int ROUNDS = 3;
    private static final long STEPS = 200_000_000L;
    private static final int COPIED_LONGS = 8 << 20;
    /** Where the loop's result goes, so that the JIT must compute it. */
    private static volatile long sink;

    private MachineProbe() {
    }

    /** Prints the line. */
    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "# machine: fresh memory %.2f microseconds a 4 KB page (best of %d rounds of "
                + "%d MB), integer loop %.2f ns a step (best of %d), copying %.1f GB/s (64 MB, best of %d)%n",
                freshPageMicros(), ROUNDS, MEGABYTES, loopNanos(), ROUNDS + 2, copyGigabytesPerSecond(), ROUNDS + 2);
    }

    /**
     * The best of a few rounds of taking memory from the system and writing one byte a page: a direct buffer is
     * fresh memory, zeroed by the JVM, and the writes touch each page once more.
     */
    private static double freshPageMicros() {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            ByteBuffer buffer = ByteBuffer.allocateDirect(MEGABYTES << 20);
            for (int at = 0; at < buffer.capacity(); at += PAGE) {
                buffer.put(at, (byte) 1);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e3 / (buffer.capacity() / PAGE));
        }
        return best;
    }

    /** Gigabytes a second copied from one array of 64 MB to another, both touched before: the best of a few. */
    private static double copyGigabytesPerSecond() {
        long[] from = new long[COPIED_LONGS];
        long[] to = new long[COPIED_LONGS];
        System.arraycopy(from, 0, to, 0, COPIED_LONGS);
        double best = 0;
        for (int run = 0; run < ROUNDS + 2; run++) {
            long start = System.nanoTime();
            System.arraycopy(from, 0, to, 0, COPIED_LONGS);
            best = Math.max(best, COPIED_LONGS * (double) Long.BYTES / (System.nanoTime() - start));
        }
        return best;
    }

    /** Nanoseconds a step of a loop the JIT cannot fold away, the best of a few runs once compiled. */
    private static double loopNanos() {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < ROUNDS + 2; run++) {
            long start = System.nanoTime();
            long x = run + 1;
            for (long i = 0; i < STEPS; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            sink = x;
            best = Math.min(best, (System.nanoTime() - start) / (double) STEPS);
        }
        return best;
    }
}
