package dev.blastmap.io.gml;

/**
 * The words of a GML head for sniffing: white space separates them, {@code #} starts a comment to the end of
 * the line, a quoted string is one word, and {@code [} and {@code ]} are words of their own. Iterative and
 * linear in the text; knows the line and column each word starts at.
 */
final class GmlTokens {

    private final String text;
    private int at;
    private int line = 1;
    private int lineStart;
    private int tokenLine;
    private int tokenColumn;

    GmlTokens(String text) {
        this.text = text;
    }

    /** The next word, or null at the end. */
    String next() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '#') {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end;
            } else if (c == '\n') {
                at++;
                line++;
                lineStart = at;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else {
                break;
            }
        }
        if (at >= text.length()) {
            return null;
        }
        int start = at;
        tokenLine = line;
        tokenColumn = at - lineStart + 1;
        char c = text.charAt(at);
        if (c == '[' || c == ']') {
            at++;
        } else if (c == '"') {
            int end = text.indexOf('"', at + 1);
            at = end < 0 ? text.length() : end + 1;
            for (int i = start; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
        } else {
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "[]\"#".indexOf(text.charAt(at)) < 0) {
                at++;
            }
        }
        return text.substring(start, at);
    }

    /** The 1-based line the last word starts on. */
    int line() {
        return tokenLine;
    }

    /** The 1-based column the last word starts at. */
    int column() {
        return tokenColumn;
    }
}
