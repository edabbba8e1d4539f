package io.github.segmentkit.api.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean …?" for misspelt names: the closest candidate within a small edit distance.
 *
 * <pre>{@code
 * Suggestions.closest("agee", List.of("age", "income"));   // Optional["age"]
 * }</pre>
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate closest to {@code name}, if one is within a third of its length in edits. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(name.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // more than a third of the name changed, or all of a short one, is a different word, not a typo
        boolean typo = bestDistance <= Math.max(1, name.length() / 3) && bestDistance < name.length();
        return best != null && typo ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance, two rows; names are short (at most 200 characters). */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
