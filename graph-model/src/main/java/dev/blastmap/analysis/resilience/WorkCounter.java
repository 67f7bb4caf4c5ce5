package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.Progress;
import java.util.concurrent.atomic.AtomicLong;

/** Counts finished units of work from any thread and tells a {@link Progress} about each. Thread-safe. */
final class WorkCounter {

    private final Progress progress;
    private final long total;
    private final AtomicLong done = new AtomicLong();

    WorkCounter(Progress progress, long total) {
        this.progress = progress;
        this.total = Math.max(1, total);
    }

    /** Says that {@code units} more units are finished. */
    void advance(long units) {
        progress.worked(Math.min(total, done.addAndGet(units)), total);
    }
}
