package dev.blastmap.app.text;

import dev.blastmap.layout.LabelLines;

/**
 * A name (an id, a DNS name, a path) made ready for a wrapping JavaFX label: JavaFX breaks lines only at white
 * space, else inside a word ("amazon|aws.com"), and ignores zero-width spaces; so a hair space, about a tenth
 * of an em wide, marks each place where the cards break a name (after a dot, slash or hyphen, see
 * {@link LabelLines#withBreaks}).
 */
public final class BreakableName {

    /** U+200A HAIR SPACE: white space to JavaFX's line breaking, and the narrowest there is. */
    static final char BREAK = '\u200A';

    private BreakableName() {
    }

    /** The text with a break opportunity after each dot, slash and hyphen inside a name. */
    public static String of(String text) {
        return LabelLines.withBreaks(text, BREAK);
    }
}
