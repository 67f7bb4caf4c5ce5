package dev.blastmap.layout;

/**
 * How a long layout reports progress and learns that it should stop. Plain callbacks, so that any UI (or
 * none) can drive it; called from the layout's own thread.
 */
public interface LayoutMonitor {

    /** Called now and then with the fraction done, from 0 to 1. */
    void progress(double fraction);

    /** Polled now and then; when it answers true the layout throws {@link java.util.concurrent.CancellationException}. */
    boolean isCancelled();

    /** A monitor that ignores progress and never cancels. */
    static LayoutMonitor none() {
        return new LayoutMonitor() {
            @Override
            public void progress(double fraction) {
                // nobody listens
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
