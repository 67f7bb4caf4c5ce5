package dev.blastmap.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * The candidate a mistyped word most likely meant: the one fewest edits away, ignoring case, if that is at
     * most two edits or a quarter of the candidate's length; empty for a word over 64 characters (no guess is
     * worth the time) or when nothing is that close.
     */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        if (word.length() > 64) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int edits = between(lower, candidate.toLowerCase(Locale.ROOT));
            if (edits < bestEdits && edits <= Math.max(2, candidate.length() / 4)) {
                best = candidate;
                bestEdits = edits;
            }
        }
        return Optional.ofNullable(best);
    }
}
