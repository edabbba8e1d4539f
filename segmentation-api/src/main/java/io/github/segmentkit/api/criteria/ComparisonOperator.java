package io.github.segmentkit.api.criteria;

/** The comparison of an ordered attribute with a value. */
public enum ComparisonOperator {
    EQ("eq", "="),
    NE("ne", "!="),
    LT("lt", "<"),
    LE("le", "<="),
    GT("gt", ">"),
    GE("ge", ">=");

    private final String methodName;
    private final String symbol;

    ComparisonOperator(String methodName, String symbol) {
        this.methodName = methodName;
        this.symbol = symbol;
    }

    /** The DSL method that builds it, e.g. {@code "le"}. */
    public String methodName() {
        return methodName;
    }

    /** The mathematical symbol, e.g. {@code "<="}. */
    public String symbol() {
        return symbol;
    }

    /** Whether a value whose comparison with the operand is {@code order} (negative, zero, positive) satisfies it. */
    public boolean test(int order) {
        return switch (this) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
        };
    }
}
