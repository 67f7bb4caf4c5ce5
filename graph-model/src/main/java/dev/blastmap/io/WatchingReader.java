package dev.blastmap.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that shows every character it passes on to {@link #watch}, which may refuse the input by throwing:
 * how a reader guards a parser it does not control (a prolog with a DOCTYPE, a word too long) while the text
 * streams through. It cannot mark or reset: the characters would be watched twice.
 */
public abstract class WatchingReader extends FilterReader {

    /** Watches what {@code in} gives. */
    protected WatchingReader(Reader in) {
        super(in);
    }

    /** Sees the next character passed on; throws to refuse the input there. */
    protected abstract void watch(char c) throws IOException;

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            watch((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            watch(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
