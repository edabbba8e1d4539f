package io.github.segmentkit.api.criteria;

/** How a tag criterion combines its tags. */
public enum TagsOperator {
    /** At least one of the tags is held. */
    ANY("containsAny"),
    /** Every one of the tags is held. */
    ALL("containsAll"),
    /** None of the tags is held. */
    NONE("containsNone");

    private final String methodName;

    TagsOperator(String methodName) {
        this.methodName = methodName;
    }

    /** The DSL method that builds it, e.g. {@code "containsAny"}. */
    public String methodName() {
        return methodName;
    }
}
