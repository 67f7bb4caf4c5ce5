package dev.blastmap.text;

/**
 * How many single-character edits (insertions, deletions, substitutions) turn one word into another: the
 * Levenshtein distance, for "did you mean" hints on mistyped commands, options and policy keys.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** The edits between {@code a} and {@code b}, in time proportional to their lengths' product. */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
