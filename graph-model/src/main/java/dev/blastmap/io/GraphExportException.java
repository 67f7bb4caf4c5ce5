package dev.blastmap.io;

import java.io.IOException;

/**
 * A graph cannot be written in the chosen format, for a reason in the graph rather than the disk: for
 * example a dependency cycle, which a fault tree cannot hold. The message says what to change.
 */
public final class GraphExportException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Makes the exception with a message for users. */
    public GraphExportException(String message) {
        super(message);
    }
}
