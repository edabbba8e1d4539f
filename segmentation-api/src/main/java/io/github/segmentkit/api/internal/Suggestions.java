package io.github.segmentkit.api.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for misspelt names: the closest candidate within a small edit distance, found with bounded work.
 *
 * <pre>{@code
 * Suggestions.closest("agee", List.of("age", "income"));   // Optional["age"]
 * }</pre>
 *
 * <p>Why bounded: a document may name thousands of unknown segments among thousands of long names, and a plain
 * edit distance against every candidate made validation quadratic (hours for a 4 MiB document). Here a candidate
 * whose length differs by more than the allowed edits is skipped without a look; the distance is computed only in
 * the band of the allowed edits and abandoned as soon as the band exceeds the best distance so far; and one instance
 * draws every search from a budget of table cells, after which it suggests nothing more. So the work of one
 * validation is at most its budget, whatever the document. Not thread-safe; one instance per validation.
 */
public final class Suggestions {
    /** The cells one validation may compute: about a tenth of a second of edit distances. */
    public static final long DEFAULT_BUDGET = 50_000_000L;

    private long remaining;
    private long cellsComputed;

    private Suggestions(long budget) {
        this.remaining = budget;
    }

    /** A searcher that computes at most {@code cells} table cells over all its searches. */
    public static Suggestions withBudget(long cells) {
        if (cells < 0) {
            throw new IllegalArgumentException("budget must not be negative, got " + cells);
        }
        return new Suggestions(cells);
    }

    /** The candidate closest to {@code name}, with a budget of its own of {@link #DEFAULT_BUDGET} cells. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        return withBudget(DEFAULT_BUDGET).suggest(name, candidates);
    }

    /**
     * The candidate closest to {@code name} (case-insensitive), if one is within a third of its length in edits (at
     * least one, and fewer than its length); the first such candidate in iteration order on a tie. Empty once the
     * budget is spent.
     */
    public Optional<String> suggest(String name, Collection<String> candidates) {
        String target = name.toLowerCase(Locale.ROOT);
        // more than a third of the name changed, or all of a short one, is a different word, not a typo
        int allowed = Math.min(Math.max(1, name.length() / 3), name.length() - 1);
        if (allowed < 0) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - name.length()) >= bestDistance) {
                continue;
            }
            int distance = boundedDistance(target, candidate.toLowerCase(Locale.ROOT), bestDistance - 1);
            if (distance < 0 && remaining <= 0) {
                break;   // budget spent: what was found so far is all there is
            }
            if (distance >= 0 && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                if (distance == 0) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many table cells this instance has computed, for tests of the bound. */
    public long cellsComputed() {
        return cellsComputed;
    }

    /**
     * The Levenshtein distance of {@code a} and {@code b} when it is at most {@code limit}, else -1; also -1 when the
     * budget runs out. Only the diagonal band of width {@code 2 × limit + 1} is computed.
     */
    private int boundedDistance(String a, String b, int limit) {
        if (limit < 0) {
            return -1;
        }
        int n = a.length();
        int m = b.length();
        int outside = limit + 1;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= limit ? j : outside;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            int cells = to - from + 1;
            if (cells > remaining) {
                remaining = 0;
                return -1;
            }
            remaining -= Math.max(cells, 0);
            cellsComputed += Math.max(cells, 0);
            current[0] = i <= limit ? i : outside;
            if (from > 1 && from - 1 <= m) {
                current[from - 1] = outside;
            }
            int rowMinimum = current[0];
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                int value = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                current[j] = Math.min(value, outside);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (to < m) {
                current[to + 1] = outside;
            }
            if (rowMinimum > limit) {
                return -1;   // every path through this row already costs more than allowed
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m] <= limit ? previous[m] : -1;
    }
}
