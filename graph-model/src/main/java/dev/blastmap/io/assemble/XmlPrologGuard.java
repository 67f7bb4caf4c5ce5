package dev.blastmap.io.assemble;

import dev.blastmap.io.WatchingReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Text on its way to the XML parser, watched: a DOCTYPE in the prolog stops reading before the parser sees it
 * (the JDK's parser has defects in its DTD scanner: a control character there escapes as a
 * {@code MissingResourceException}, and a truncated internal subset prints a line on standard error), and the
 * line and column reached so far locate errors the parser reports without a location.
 */
public final class XmlPrologGuard extends WatchingReader {

    /** Thrown from {@link #read} when the prolog holds a DOCTYPE; the parser passes it on as its cause. */
    public static final class DoctypeFound extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        DoctypeFound(int line, int column) {
            super("DOCTYPE at " + line + ":" + column);
            this.line = line;
            this.column = column;
        }

        /** The 1-based line of the {@code <!DOCTYPE}. */
        public int line() {
            return line;
        }

        /** The 1-based column of the {@code <!DOCTYPE}. */
        public int column() {
            return column;
        }
    }

    private enum State { PROLOG, LESS_THAN, BANG, PROCESSING_INSTRUCTION, COMMENT, BODY }

    private static final String DOCTYPE = "DOCTYPE";

    private State state = State.PROLOG;
    private final StringBuilder bang = new StringBuilder();
    private int line = 1;
    private int column;
    private int markLine;
    private int markColumn;
    private char previous;
    private char beforePrevious;

    /** Watches the text of {@code in}. */
    public XmlPrologGuard(Reader in) {
        super(in);
    }

    /** The 1-based line of the last character handed to the parser. */
    public int line() {
        return line;
    }

    /** The 1-based column of the last character handed to the parser (0 before any on this line). */
    public int column() {
        return column;
    }

    /** The DOCTYPE found in this exception or its causes, if that is why parsing stopped. */
    public static Optional<DoctypeFound> doctypeIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DoctypeFound d) {
                return Optional.of(d);
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof DoctypeFound d) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    @Override
    protected void watch(char c) throws DoctypeFound {
        if (c == '\n') {
            line++;
            column = 0;
        } else {
            column++;
        }
        switch (state) {
            case PROLOG -> {
                if (c == '<') {
                    state = State.LESS_THAN;
                    markLine = line;
                    markColumn = column;
                }
            }
            case LESS_THAN -> {
                if (c == '?') {
                    state = State.PROCESSING_INSTRUCTION;
                } else if (c == '!') {
                    state = State.BANG;
                    bang.setLength(0);
                } else {
                    state = State.BODY;
                }
            }
            case BANG -> {
                bang.append(c);
                if (bang.charAt(0) == '-') {
                    state = bang.length() == 1 ? State.BANG : c == '-' ? State.COMMENT : State.BODY;
                } else if (!DOCTYPE.regionMatches(true, 0, bang.toString(), 0, bang.length())) {
                    state = State.BODY;
                } else if (bang.length() == DOCTYPE.length()) {
                    throw new DoctypeFound(markLine, markColumn);
                }
            }
            case PROCESSING_INSTRUCTION -> {
                if (c == '>' && previous == '?') {
                    state = State.PROLOG;
                }
            }
            case COMMENT -> {
                if (c == '>' && previous == '-' && beforePrevious == '-') {
                    state = State.PROLOG;
                }
            }
            case BODY -> {
                // past the prolog: only lines and columns are counted
            }
        }
        beforePrevious = previous;
        previous = c;
    }
}
