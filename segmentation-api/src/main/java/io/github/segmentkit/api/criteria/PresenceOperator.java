package io.github.segmentkit.api.criteria;

/** What a {@link Presence} criterion asks of an attribute: that it has a value, or that it is missing. */
public enum PresenceOperator {
    /** The attribute has a value (a NaN double does not). */
    IS_PRESENT("isPresent"),
    /** The attribute has no value (or is a NaN double). */
    IS_MISSING("isMissing");

    private final String methodName;

    PresenceOperator(String methodName) {
        this.methodName = methodName;
    }

    /** The DSL method that builds it, e.g. {@code "isMissing"}. */
    public String methodName() {
        return methodName;
    }
}
