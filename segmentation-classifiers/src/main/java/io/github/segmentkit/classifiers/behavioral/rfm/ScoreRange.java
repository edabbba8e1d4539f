package io.github.segmentkit.classifiers.behavioral.rfm;

/**
 * An inclusive range of one RFM score, {@code [min, max]} within 1..5.
 *
 * <pre>{@code
 * ScoreRange.of(1, 2).contains(2);   // true
 * ScoreRange.ANY.contains(4);        // true
 * }</pre>
 *
 * @param min the lowest score included, 1..5
 * @param max the highest score included, {@code min}..5
 */
public record ScoreRange(int min, int max) {
    /** Every score, 1..5. */
    public static final ScoreRange ANY = new ScoreRange(1, 5);

    public ScoreRange {
        if (min < 1 || max > 5 || min > max) {
            throw new IllegalArgumentException("a score range must satisfy 1 <= min <= max <= 5, was [" + min
                    + ", " + max + "]");
        }
    }

    /** {@code [min, max]}. */
    public static ScoreRange of(int min, int max) {
        return new ScoreRange(min, max);
    }

    /** Exactly one score. */
    public static ScoreRange exactly(int score) {
        return new ScoreRange(score, score);
    }

    /** Whether {@code score} lies in the range. */
    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
