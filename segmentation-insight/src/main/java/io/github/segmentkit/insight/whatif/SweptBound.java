package io.github.segmentkit.insight.whatif;

/** Which constant of a numeric leaf a what-if sweep moves. */
public enum SweptBound {
    /** The value of a comparison such as {@code income.ge(50000.0)}. */
    VALUE,
    /** The lower bound of a {@code between}; the upper bound stays. */
    LOW,
    /** The upper bound of a {@code between}; the lower bound stays. */
    HIGH
}
