package dev.blastmap.analysis;

/**
 * Lets a long computation report how far it has got and be cancelled, without tying the model to a UI
 * toolkit. A JavaFX {@code Task} adapts it in two lines: {@code updateProgress} and {@code isCancelled}.
 * Both methods may be called from any of the computing threads, concurrently, so they must be thread-safe.
 */
public interface Progress {

    /** Reports nothing and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Says that {@code done} of {@code total} units of work are finished. Calls from several threads may
     * arrive out of order; {@code done} only grows per unit finished.
     */
    void worked(long done, long total);

    /** True when the computation should stop; it then throws {@link java.util.concurrent.CancellationException}. */
    boolean isCancelled();
}
