package dev.blastmap.text;

/** Text from a file quoted inside a problem message: short enough to read, with nothing hidden. */
public final class MessageText {

    private static final int SHOWN = 40;

    private MessageText() {
    }

    /** The text in double quotes, cut after 40 characters, control characters shown as {@link TerminalText} does. */
    public static String quoted(String text) {
        String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
        return "\"" + TerminalText.escape(shown) + "\"";
    }
}
