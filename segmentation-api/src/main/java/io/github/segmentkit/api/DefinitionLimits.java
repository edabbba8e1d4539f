package io.github.segmentkit.api;

/**
 * Size and depth limits on segment definitions. Definitions may come from users and other systems; the limits keep
 * a hostile or broken definition from exhausting the stack or the heap, and each breach is reported as a
 * {@link io.github.segmentkit.api.Problem}.
 */
public final class DefinitionLimits {
    /** The most segments in one segmenter. */
    public static final int MAX_SEGMENTS = 10_000;
    /** The deepest nesting of criteria. */
    public static final int MAX_DEPTH = 128;
    /** The most nodes in one segment's criterion. */
    public static final int MAX_NODES = 100_000;
    /** The most values in one {@code in} list or tag list. */
    public static final int MAX_LIST_SIZE = 100_000;
    /** The largest definitions document, in characters (text) or bytes (JSON). */
    public static final int MAX_SOURCE_LENGTH = 4 * 1024 * 1024;
    /** The longest string value. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** The longest number literal, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;

    private DefinitionLimits() {
    }
}
