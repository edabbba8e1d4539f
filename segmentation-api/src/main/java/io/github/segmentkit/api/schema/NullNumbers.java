package io.github.segmentkit.api.schema;

import java.util.regex.Pattern;

/**
 * Explains a {@link NullPointerException} thrown by a primitive numeric extractor. The usual cause is a getter that
 * returns a boxed {@code Integer}, {@code Long} or {@code Double} which was null: Java unboxes it to fit the
 * primitive function and fails with a message about {@code intValue()}, or with no message at all, neither of which
 * says what to do.
 */
final class NullNumbers {
    /** The JDK's helpful message for unboxing null in a lambda: {@code Cannot invoke "java.lang.Integer.intValue()"}. */
    private static final Pattern UNBOXING = Pattern.compile(
            "\"java\\.lang\\.(Byte|Short|Integer|Long|Float|Double)\\.(byte|short|int|long|float|double)Value\\(\\)\"");

    private static final String ADVICE = "bind the attribute with nullableNumeric(...) (LongBinding.ofNullable),"
            + " whose null means a missing value";

    private NullNumbers() {
    }

    /**
     * A NullPointerException (caused by {@code e}) whose message names the way out: the nullable binding.
     *
     * @param binding the binding class that called the extractor
     */
    static NullPointerException explained(NullPointerException e, Class<?> binding) {
        NullPointerException explained = new NullPointerException(isUnboxing(e, binding)
                ? "the extractor of numeric(...) returned null, which a primitive extractor cannot hold: " + ADVICE
                : "the extractor of numeric(...) threw " + e + "; if a value can be missing, " + ADVICE);
        explained.initCause(e);
        return explained;
    }

    /**
     * Whether {@code e} comes from unboxing a null. A lambda's unboxing gets the JDK's helpful message; a method
     * reference ({@code Customer::age}) is adapted in a generated class, whose NPE has no message and whose frame
     * is hidden, so the binding itself is on top of the stack, as it would not be had the getter thrown.
     */
    private static boolean isUnboxing(NullPointerException e, Class<?> binding) {
        if (e.getMessage() != null) {
            return UNBOXING.matcher(e.getMessage()).find();
        }
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && (trace[0].getClassName().equals(binding.getName())
                || trace[0].getClassName().contains("$$Lambda"));
    }
}
