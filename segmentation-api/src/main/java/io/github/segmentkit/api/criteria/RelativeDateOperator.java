package io.github.segmentkit.api.criteria;

/** How a date or timestamp relates to "N days before the as-of time". */
public enum RelativeDateOperator {
    /** {@code asOf − N days ≤ value ≤ asOf}. */
    WITHIN_LAST_DAYS("withinDays"),
    /** {@code value < asOf − N days}. */
    BEFORE_DAYS_AGO("beforeDaysAgo"),
    /** {@code value > asOf − N days}. */
    AFTER_DAYS_AGO("afterDaysAgo");

    private final String methodName;

    RelativeDateOperator(String methodName) {
        this.methodName = methodName;
    }

    /** The DSL method that builds it. */
    public String methodName() {
        return methodName;
    }
}
