package dev.blastmap.io.dot;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits DOT text into tokens with their line and column: identifiers, numerals, quoted and HTML strings,
 * punctuation and edge operators; skips comments and {@code #} preprocessor lines. In quoted strings
 * {@code \"} is a quote, {@code \\} a backslash and a backslash before a line break joins the lines, as
 * Graphviz reads them.
 */
final class DotLexer {

    /** What a token is. */
    enum Type { ID, QUOTED, LBRACE, RBRACE, LBRACK, RBRACK, SEMI, COMMA, EQ, COLON, PLUS, EDGE_OP, EOF }

    /** One token; {@code text} is the identifier's value for IDs and strings. */
    record Token(Type type, String text, int line, int column) {
        boolean isId() {
            return type == Type.ID || type == Type.QUOTED;
        }

        boolean isKeyword(String word) {
            return type == Type.ID && text.equalsIgnoreCase(word);
        }

        String describe() {
            return switch (type) {
                case EOF -> "the end of the file";
                case ID, QUOTED -> "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
                default -> "'" + text + "'";
            };
        }
    }

    /** Bad DOT text, located. */
    static final class LexException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        LexException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final Reader in;
    // our own buffer: BufferedReader takes a lock on every read() and the lexer reads a character at a time
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int peeked = -2;
    private int line = 1;
    private int column;
    /** The text of the word or string being read, reused: a large file has millions of them. */
    private final StringBuilder text = new StringBuilder();

    DotLexer(Reader in) {
        this.in = in;
    }

    private int next0() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private int read() throws IOException {
        int c;
        if (peeked != -2) {
            c = peeked;
            peeked = -2;
        } else {
            c = next0();
        }
        if (c == '\n') {
            line++;
            column = 0;
        } else if (c >= 0) {
            column++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = next0();
        }
        return peeked;
    }

    Token next() throws IOException, LexException {
        boolean lineStart = column == 0;
        while (true) {
            int c = peek();
            if (c < 0) {
                return new Token(Type.EOF, "", line, column + 1);
            }
            if (c == '#' && lineStart) {
                skipLine();
                lineStart = true;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                read();
                lineStart = c == '\n';
                continue;
            }
            if (c == '/') {
                read();
                if (peek() == '/') {
                    skipLine();
                    lineStart = true;
                    continue;
                }
                if (peek() == '*') {
                    read();
                    skipBlockComment();
                    lineStart = false;
                    continue;
                }
                throw new LexException("unexpected '/'", line, column);
            }
            break;
        }
        int startLine = line;
        int startColumn = column + 1;
        int c = read();
        return switch (c) {
            case '{' -> new Token(Type.LBRACE, "{", startLine, startColumn);
            case '}' -> new Token(Type.RBRACE, "}", startLine, startColumn);
            case '[' -> new Token(Type.LBRACK, "[", startLine, startColumn);
            case ']' -> new Token(Type.RBRACK, "]", startLine, startColumn);
            case ';' -> new Token(Type.SEMI, ";", startLine, startColumn);
            case ',' -> new Token(Type.COMMA, ",", startLine, startColumn);
            case '=' -> new Token(Type.EQ, "=", startLine, startColumn);
            case ':' -> new Token(Type.COLON, ":", startLine, startColumn);
            case '+' -> new Token(Type.PLUS, "+", startLine, startColumn);
            case '"' -> new Token(Type.QUOTED, quoted(startLine, startColumn), startLine, startColumn);
            case '<' -> new Token(Type.QUOTED, HtmlLabel.text(html(startLine, startColumn)), startLine, startColumn);
            case '-' -> minus(startLine, startColumn);
            default -> {
                if (isIdStart(c) || Character.isDigit(c) || c == '.') {
                    yield new Token(Type.ID, word(c), startLine, startColumn);
                }
                throw new LexException(describe(c) + " cannot start a DOT token", startLine, startColumn);
            }
        };
    }

    private static String describe(int c) {
        return c < 0x20 || c == 0xFFFD ? String.format("the byte 0x%02X", c & 0xFFFF) : "'" + (char) c + "'";
    }

    private Token minus(int startLine, int startColumn) throws IOException, LexException {
        int n = peek();
        if (n == '>' || n == '-') {
            read();
            return new Token(Type.EDGE_OP, n == '>' ? "->" : "--", startLine, startColumn);
        }
        if (Character.isDigit(n) || n == '.') {
            return new Token(Type.ID, "-" + word(read()), startLine, startColumn);
        }
        throw new LexException("'-' must start '->', '--' or a number", startLine, startColumn);
    }

    private static boolean isIdStart(int c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80 && c != 0xFFFD && c != 0xFEFF;
    }

    private String word(int first) throws IOException {
        StringBuilder sb = text;
        sb.setLength(0);
        sb.append((char) first);
        while (true) {
            int c = peek();
            if (c >= 0 && (isIdStart(c) || Character.isDigit(c) || c == '.')) {
                sb.append((char) read());
            } else {
                return sb.toString();
            }
        }
    }

    private String quoted(int startLine, int startColumn) throws IOException, LexException {
        StringBuilder sb = text;
        sb.setLength(0);
        while (true) {
            int c = read();
            if (c < 0) {
                throw new LexException("a quoted string is not closed; is the file truncated?", startLine, startColumn);
            }
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                int n = peek();
                if (n == '"' || n == '\\') {
                    sb.append((char) read());
                    continue;
                }
                if (n == '\n') {
                    read();
                    continue;
                }
                if (n == '\r') {
                    read();
                    if (peek() == '\n') {
                        read();
                    }
                    continue;
                }
            }
            sb.append((char) c);
        }
    }

    private String html(int startLine, int startColumn) throws IOException, LexException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new LexException("an HTML string <…> is not closed; is the file truncated?", startLine, startColumn);
            }
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                return sb.toString();
            }
            sb.append((char) c);
        }
    }

    private void skipLine() throws IOException {
        int c;
        do {
            c = read();
        } while (c >= 0 && c != '\n');
    }

    private void skipBlockComment() throws IOException, LexException {
        int startLine = line;
        int prev = 0;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new LexException("a /* comment is not closed; is the file truncated?", startLine, 0);
            }
            if (prev == '*' && c == '/') {
                return;
            }
            prev = c;
        }
    }
}
