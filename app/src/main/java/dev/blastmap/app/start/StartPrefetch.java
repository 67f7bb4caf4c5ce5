package dev.blastmap.app.start;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.document.GraphLoading;
import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Reads the sample the window opens first, takes the layout the build shipped with it (or lays it out
 * automatically) and warms the canvas's painting up with it, on threads of their own that start before JavaFX
 * does. Done cold, that is about a second of work; done while the toolkit starts and the window is built, it
 * is ready by the time the window shows. The window takes the results instead of reading and laying out
 * again; a failure reaches it the same way.
 */
public final class StartPrefetch {

    private final String sample;
    private final CompletableFuture<GraphDocument> document;
    private final CompletableFuture<Layout> layout;

    private StartPrefetch(String sample, CompletableFuture<GraphDocument> document, CompletableFuture<Layout> layout) {
        this.sample = sample;
        this.document = document;
        this.layout = layout;
    }

    /** Nothing prefetched: the window reads and lays out as usual. */
    public static StartPrefetch none() {
        return new StartPrefetch(null, null, null);
    }

    /**
     * Starts reading the sample these options open first (the one {@code --sample} names, else the catalog's
     * start sample; none when a file is named) on a daemon thread.
     */
    public static StartPrefetch begin(LaunchOptions options, SampleCatalog catalog) {
        Optional<String> sample = options.file() != null ? Optional.empty()
                : options.sample() != null ? Optional.of(options.sample())
                : catalog.startSample().map(SampleCatalog.Sample::file);
        if (sample.isEmpty()) {
            return none();
        }
        Executor thread = work -> {
            Thread t = new Thread(work, "blastmap-start");
            t.setDaemon(true);
            t.start();
        };
        CompletableFuture<GraphDocument> document = CompletableFuture.supplyAsync(() -> {
            try {
                return GraphLoading.loadSample(sample.get());
            } catch (dev.blastmap.io.GraphImportException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, thread);
        // The layout the build shipped with the sample, else laid out here (about a second of CPU, cold).
        CompletableFuture<Layout> layout = document.thenApply(d -> GraphLoading.shippedLayout(sample.get(), d.graph())
                .orElseGet(() -> LayoutAlgorithm.automatic().layout(d.graph())));
        // Then, while the window is still being built, start Java2D and the painter for the canvas's first picture.
        document.thenAcceptBothAsync(layout, (d, l) -> GraphCanvas.warmUp(d.graph(), l), thread);
        return new StartPrefetch(sample.get(), document, layout);
    }

    /** The reading of this sample, if it is the one prefetched. */
    public Optional<CompletableFuture<GraphDocument>> document(String sampleFile) {
        return sample != null && sample.equals(sampleFile) ? Optional.of(document) : Optional.empty();
    }

    /** The automatic layout of the prefetched document's graph, if a sample was prefetched. */
    public Optional<CompletableFuture<Layout>> layout() {
        return Optional.ofNullable(layout);
    }

    /** The prefetched document, once read; empty before, on failure, or with nothing prefetched. */
    public Optional<GraphDocument> documentIfRead() {
        return document == null || !document.isDone() || document.isCompletedExceptionally()
                ? Optional.empty() : Optional.of(document.join());
    }
}
