package dev.blastmap.io.json;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import java.io.Reader;

/** Reads the native format, {@code *.blastmap.json}; see docs/format.md. */
public final class JsonGraphReader implements GraphReader {

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException {
        throw new UnsupportedOperationException("not yet written");
    }
}
