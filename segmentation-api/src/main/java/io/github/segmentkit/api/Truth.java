package io.github.segmentkit.api;

/**
 * SQL's three-valued logic. A comparison against a missing value is {@link #UNKNOWN}; a customer belongs to a
 * segment only when its criterion is {@link #TRUE}.
 *
 * <table>
 *   <caption>Truth tables (Kleene's strong logic, as in SQL)</caption>
 *   <tr><th>a</th><th>b</th><th>a and b</th><th>a or b</th><th>not a</th></tr>
 *   <tr><td>TRUE</td><td>UNKNOWN</td><td>UNKNOWN</td><td>TRUE</td><td>FALSE</td></tr>
 *   <tr><td>FALSE</td><td>UNKNOWN</td><td>FALSE</td><td>UNKNOWN</td><td>TRUE</td></tr>
 *   <tr><td>UNKNOWN</td><td>UNKNOWN</td><td>UNKNOWN</td><td>UNKNOWN</td><td>UNKNOWN</td></tr>
 * </table>
 *
 * <pre>{@code
 * Truth.TRUE.and(Truth.UNKNOWN);   // UNKNOWN
 * Truth.FALSE.and(Truth.UNKNOWN);  // FALSE
 * Truth.UNKNOWN.not();             // UNKNOWN
 * }</pre>
 */
public enum Truth {
    FALSE,
    UNKNOWN,
    TRUE;

    /** {@code TRUE} for {@code true}, {@code FALSE} for {@code false}. */
    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Conjunction: the minimum under FALSE &lt; UNKNOWN &lt; TRUE. */
    public Truth and(Truth other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Disjunction: the maximum under FALSE &lt; UNKNOWN &lt; TRUE. */
    public Truth or(Truth other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Negation; {@code UNKNOWN} stays {@code UNKNOWN}. */
    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** Whether this is {@code TRUE}, the only value that makes a customer a member. */
    public boolean isTrue() {
        return this == TRUE;
    }
}
