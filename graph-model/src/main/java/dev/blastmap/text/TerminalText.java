package dev.blastmap.text;

/**
 * Text for a terminal: ids and labels from a stranger's file must not move the cursor, change colours, set
 * the window title, ring the bell or fake extra lines. Every control character (C0, DEL and C1, line breaks
 * included) and every Unicode control that reorders text (bidirectional embeddings, overrides and isolates)
 * or breaks a line is shown as a visible escape such as {@code \x1b} or {@code \u202e}.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** The text with every character a terminal would act on shown as an escape. */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (acts(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean acts(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
