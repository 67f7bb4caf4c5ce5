package dev.blastmap.io.gml;

/**
 * The words of a GML head for sniffing: white space separates them, {@code #} starts a comment to the end of
 * the line, a quoted string is one word, and {@code [} and {@code ]} are words of their own. Iterative and
 * linear in the text.
 */
final class GmlTokens {

    private final String text;
    private int at;

    GmlTokens(String text) {
        this.text = text;
    }

    /** The next word, or null at the end. */
    String next() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '#') {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end + 1;
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
        char c = text.charAt(at);
        if (c == '[' || c == ']') {
            at++;
        } else if (c == '"') {
            int end = text.indexOf('"', at + 1);
            at = end < 0 ? text.length() : end + 1;
        } else {
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "[]\"#".indexOf(text.charAt(at)) < 0) {
                at++;
            }
        }
        return text.substring(start, at);
    }
}
