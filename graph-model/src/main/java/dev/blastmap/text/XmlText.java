package dev.blastmap.text;

/**
 * Text for XML 1.0 and HTML: element content and single- or double-quoted attribute values (GraphML, MEF,
 * SVG, the HTML report). The five special characters become entities; line breaks and tabs become character
 * references, so that attribute normalisation cannot turn them into spaces; a character XML 1.0 cannot hold
 * at all (most control characters, U+FFFE, U+FFFF, a lone surrogate) becomes U+FFFD, visible rather than
 * silently gone. Writers that must read back exactly what they wrote check {@link #canHold} first.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text, safe inside an element or an attribute value. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (holds(c)) {
                        sb.append(c);
                    } else {
                        sb.append('\uFFFD');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** True if XML 1.0 can hold every character of the text, so that {@link #escape} loses nothing. */
    public static boolean canHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!holds(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(char c) {
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c);
    }
}
