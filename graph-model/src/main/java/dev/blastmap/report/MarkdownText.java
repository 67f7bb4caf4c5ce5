package dev.blastmap.report;

/**
 * Escapes text for GitHub-flavoured Markdown so that names stay text: no HTML, no links or emphasis, no
 * broken table cells. HTML's special characters become entities (which Markdown shows as the characters),
 * {@code |} and the emphasis and link characters are backslash-escaped, and line breaks become spaces.
 */
public final class MarkdownText {

    private static final String BACKSLASHED = "\\`*_[]|~";

    private MarkdownText() {
    }

    /** The text, safe inline: in a table cell, a list item or a heading. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r', '\n', '\t' -> sb.append(' ');
                default -> {
                    if (BACKSLASHED.indexOf(c) >= 0) {
                        sb.append('\\');
                    }
                    if (c >= ' ' && c != 0x7F) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * The text as one paragraph that may start a line: escaped as {@link #escape(String)}, and a leading
     * character that would make a heading, quote, list or rule is escaped too.
     */
    public static String paragraph(String text) {
        String escaped = escape(text.strip());
        if (escaped.isEmpty()) {
            return escaped;
        }
        char first = escaped.charAt(0);
        if ("#>-+=".indexOf(first) >= 0 || (Character.isDigit(first) && escaped.matches("^\\d+[.)].*"))) {
            int end = 0;
            while (end < escaped.length() && Character.isDigit(escaped.charAt(end))) {
                end++;
            }
            return end > 0 ? escaped.substring(0, end) + "\\" + escaped.substring(end) : "\\" + escaped;
        }
        return escaped;
    }
}
