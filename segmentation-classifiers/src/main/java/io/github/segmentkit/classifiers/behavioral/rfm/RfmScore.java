package io.github.segmentkit.classifiers.behavioral.rfm;

/**
 * A customer's recency, frequency and monetary scores, each 1..5 (5 = most recent, most frequent, biggest spender).
 *
 * <pre>{@code
 * RfmScore score = new RfmScore(5, 5, 5);
 * score.code();     // "555"
 * score.rf();       // "55"
 * }</pre>
 *
 * @param recency   R, 1..5
 * @param frequency F, 1..5
 * @param monetary  M, 1..5
 */
public record RfmScore(int recency, int frequency, int monetary) {
    public RfmScore {
        check("recency", recency);
        check("frequency", frequency);
        check("monetary", monetary);
    }

    private static void check(String name, int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException(name + " score must be in 1..5, was " + score);
        }
    }

    /** The three scores as one string, R then F then M, e.g. {@code "541"}. */
    public String code() {
        return "" + recency + frequency + monetary;
    }

    /** R then F, the string the canonical segment map reads, e.g. {@code "54"}. */
    public String rf() {
        return "" + recency + frequency;
    }
}
