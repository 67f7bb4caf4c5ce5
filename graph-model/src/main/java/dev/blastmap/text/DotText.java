package dev.blastmap.text;

/**
 * Quoted strings of Graphviz DOT that Blastmap's DOT reader reads back to the same text: backslashes and
 * quotes are escaped, everything else is kept. DOT cannot hold the NUL character (Blastmap refuses files with
 * NUL bytes as binary), so writers check {@link #canHold} first.
 */
public final class DotText {

    private DotText() {
    }

    /** The text as a DOT quoted string. */
    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** True if a DOT file can hold the text. */
    public static boolean canHold(String text) {
        return text.indexOf('\0') < 0;
    }
}
