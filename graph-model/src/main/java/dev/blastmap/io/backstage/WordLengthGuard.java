package dev.blastmap.io.backstage;

import dev.blastmap.io.WatchingReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * YAML text on its way to SnakeYAML, with every run of characters without white space bounded by
 * {@link #MAX_WORD}. SnakeYAML's reader copies its whole look-ahead window for every kilobyte it reads, and a
 * scalar is scanned as one window from one blank to the next, so a single huge word costs time quadratic in
 * its length (an 8 MB word took over a minute); bounded words keep reading linear.
 */
final class WordLengthGuard extends WatchingReader {

    /** The longest run of non-blank characters read; a base64 blob in an annotation stays well under. */
    static final int MAX_WORD = 64 * 1024;

    /** Thrown when a word is longer than {@link #MAX_WORD}; SnakeYAML passes it on as its cause. */
    static final class WordTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        WordTooLong(int line) {
            super("a word longer than " + MAX_WORD + " characters on line " + line);
            this.line = line;
        }

        /** The 1-based line the word is on. */
        int line() {
            return line;
        }
    }

    private int line = 1;
    private int word;

    WordLengthGuard(Reader in) {
        super(in);
    }

    /** The 1-based line of the last character read. */
    int line() {
        return line;
    }

    @Override
    protected void watch(char c) throws WordTooLong {
        if (c == '\n') {
            line++;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            word = 0;
        } else if (++word > MAX_WORD) {
            throw new WordTooLong(line);
        }
    }

    /** The guard's exception in this exception's causes, if a word was too long. */
    static Optional<WordTooLong> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WordTooLong w) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
