package dev.blastmap.layout;

import java.util.List;
import java.util.Objects;

/**
 * A label broken into at most two lines for a given width: whole when it fits, else broken where a reader
 * expects it (between words, else after a dot or slash, else after a hyphen inside a long name such as
 * {@code dynamodb.us-east-1.amazonaws.com}; never inside a word), the break chosen to make the longer line as
 * short as possible. Only a label that two lines cannot hold is cut, with an ellipsis at the end of its second
 * line. The layout sizes cards with it and the painter draws with it, so a label that fits the card in the
 * layout fits it on screen.
 */
public final class LabelLines {

    private static final String ELLIPSIS = "…";

    private final TextMeasurer measurer;

    /** Lines measured with this measurer, in bold (the widest a label is ever drawn). */
    public LabelLines(TextMeasurer measurer) {
        this.measurer = Objects.requireNonNull(measurer, "measurer");
    }

    /** The width of one line of text at this font size. */
    public double width(String text, double size) {
        return measurer.width(text, size, true);
    }

    /**
     * The label in one line if it fits in {@code room} at {@code size}, else in two, each at most {@code room}
     * wide; the second line ends with an ellipsis if even two lines cannot hold it (and the first too when
     * {@code maxLines} is 1 or the label has no place to break).
     */
    public List<String> wrap(String label, double size, double room, int maxLines) {
        if (width(label, size) <= room) {
            return List.of(label);
        }
        if (maxLines >= 2) {
            int at = bestBreak(label, size, room);
            if (at > 0) {
                String first = label.substring(0, at).stripTrailing();
                String second = label.substring(at).stripLeading();
                if (width(first, size) <= room) {
                    return List.of(first, cut(second, size, room));
                }
            }
            // No break leaves a first line that fits: fill the first line with as many words as fit.
            for (int i = label.length() - 1; i > 0; i--) {
                String first = label.substring(0, i).stripTrailing();
                if (label.charAt(i) == ' ' && width(first, size) <= room) {
                    return List.of(first, cut(label.substring(i).stripLeading(), size, room));
                }
            }
        }
        return List.of(cut(label, size, room));
    }

    /** The widest line of the best two-line break, or of the label itself when it has no break. */
    public double twoLineWidth(String label, double size) {
        int at = bestBreak(label, size, Double.MAX_VALUE);
        if (at <= 0) {
            return width(label, size);
        }
        return Math.max(width(label.substring(0, at).stripTrailing(), size), width(label.substring(at).stripLeading(), size));
    }

    /** The text cut with an ellipsis to fit the room; the whole text if it fits. */
    public String cut(String text, double size, double room) {
        if (width(text, size) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 1 && width(text.substring(0, end).stripTrailing() + ELLIPSIS, size) > room) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * Where the second line starts, 0 when nowhere: a break between words if there is one (whose longer line
     * fits the room, when there is a room), else after a dot or slash, else after a hyphen; within a kind, the
     * break that makes the longer line shortest.
     */
    private int bestBreak(String label, double size, double room) {
        int fallback = 0;
        for (int kind = 0; kind < 3; kind++) {
            int best = 0;
            double bestWidth = Double.MAX_VALUE;
            for (int i = 1; i < label.length(); i++) {
                if (breakKind(label, i) != kind) {
                    continue;
                }
                double w = Math.max(width(label.substring(0, i).stripTrailing(), size), width(label.substring(i).stripLeading(), size));
                if (w < bestWidth) {
                    bestWidth = w;
                    best = i;
                }
            }
            if (best > 0 && bestWidth <= room) {
                return best;
            }
            if (fallback == 0) {
                fallback = best;
            }
        }
        return fallback;
    }

    /**
     * The label with {@code mark} inserted wherever {@link #wrap} may break a name (after a dot or slash, or after
     * a hyphen; never inside a word): for text laid out by a toolkit that breaks lines only at white space, so
     * that a long id wraps there as it does on the cards.
     */
    public static String withBreaks(String label, char mark) {
        StringBuilder marked = new StringBuilder(label.length() + 8);
        for (int i = 0; i < label.length(); i++) {
            if (i > 0 && breakKind(label, i) > 0) {
                marked.append(mark);
            }
            marked.append(label.charAt(i));
        }
        return marked.toString();
    }

    /**
     * What kind of break starting a line at {@code i} is: 0 between words, 1 after
     * a dot or slash inside a name, 2 after a hyphen; -1 where no line may start.
     */
    private static int breakKind(String label, int i) {
        char before = label.charAt(i - 1);
        char at = label.charAt(i);
        if (at == ' ' || i < 3 || i > label.length() - 3) {
            return -1;
        }
        if (before == ' ') {
            return 0;
        }
        if (!Character.isLetterOrDigit(at)) {
            return -1;
        }
        return before == '.' || before == '/' ? 1 : before == '-' ? 2 : -1;
    }
}
