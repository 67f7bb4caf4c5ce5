package dev.blastmap.io.dot;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a DOT HTML-like label ({@code <<B>orders</B><BR/><FONT POINT-SIZE="9">postgres</FONT>>}): what
 * Graphviz would draw, without the markup. Line breaks and table cells become spaces; entities are decoded.
 */
final class HtmlLabel {

    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/td|/th|/tr|hr|vr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HtmlLabel() {
    }

    /** The visible text of the markup between the outer {@code <} and {@code >}. */
    static String text(String markup) {
        String plain = TAG.matcher(BREAK.matcher(markup).replaceAll(" ")).replaceAll("");
        Matcher m = ENTITY.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> whole;
        };
    }
}
