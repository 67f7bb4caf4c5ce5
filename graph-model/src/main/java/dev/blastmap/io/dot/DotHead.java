package dev.blastmap.io.dot;

/**
 * Recognises the start of a DOT file: comments and white space, then {@code [strict] (graph|digraph) [id] {}.
 * One left-to-right scan without regular expressions, so any head is sniffed in linear time and constant
 * stack.
 */
final class DotHead {

    private final String text;
    private int at;

    private DotHead(String text) {
        this.text = text;
    }

    /** True if the text starts like a DOT graph. */
    static boolean matches(String text) {
        return new DotHead(text).graph();
    }

    private boolean graph() {
        skipBlanksAndComments();
        if (word("strict")) {
            if (!skipBlanksAndComments()) {
                return false;
            }
        }
        word("di");
        if (!word("graph") || at < text.length() && isWordChar(text.charAt(at))) {
            return false;
        }
        skipBlanksAndComments();
        if (at < text.length() && text.charAt(at) == '"') {
            int end = text.indexOf('"', at + 1);
            if (end < 0) {
                return false;
            }
            at = end + 1;
        } else {
            while (at < text.length() && (isWordChar(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
        }
        skipBlanksAndComments();
        return at < text.length() && text.charAt(at) == '{';
    }

    /** Skips white space and comments; true if anything was skipped. */
    private boolean skipBlanksAndComments() {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '#' || text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                if (end < 0) {
                    break;
                }
                at = end + 1;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                if (end < 0) {
                    break;
                }
                at = end + 2;
            } else {
                break;
            }
        }
        return at > start;
    }

    private boolean word(String w) {
        if (text.regionMatches(true, at, w, 0, w.length())) {
            at += w.length();
            return true;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
