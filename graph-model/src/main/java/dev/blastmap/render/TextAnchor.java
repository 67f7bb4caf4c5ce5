package dev.blastmap.render;

/** Which point of a line of text its x coordinate names. */
public enum TextAnchor {
    /** The left end. */
    START,
    /** The middle. */
    MIDDLE,
    /** The right end. */
    END
}
