package dev.blastmap.app.window;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.document.GraphDocument;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Says when the canvas has first drawn a document laid out: a large graph just read compiles only then
 * ({@link dev.blastmap.app.document.DocumentModel#compileReadGraphsAfter}), so that on two cores its layout and
 * first picture have them to themselves. A window that draws nothing (minimised, say) waits at most
 * {@link #AT_MOST_SECONDS}. FX thread only.
 */
final class FirstPicture {

    /** How long a compilation waits for a picture that does not come. */
    static final long AT_MOST_SECONDS = 10;

    private GraphDocument awaited;
    private CompletableFuture<Void> picture = CompletableFuture.completedFuture(null);

    /** Watches {@code canvas}, which shows the document {@code current} gives. */
    FirstPicture(GraphCanvas canvas, Supplier<GraphDocument> current) {
        canvas.graphShownProperty().addListener((obs, was, shown) -> {
            // The canvas shows an empty layout while a new graph is laid out: that picture does not count.
            if (shown && current.get() == awaited && !canvas.graphLayout().nodes().isEmpty()) {
                picture.complete(null);
            }
        });
    }

    /** Completes once the canvas has drawn {@code doc} laid out, with it the document shown, or after the wait. */
    CompletableFuture<Void> of(GraphDocument doc) {
        awaited = doc;
        picture = new CompletableFuture<Void>().completeOnTimeout(null, AT_MOST_SECONDS, TimeUnit.SECONDS);
        return picture;
    }
}
