package io.github.segmentkit.cli;

/**
 * How {@code profile} and {@code explain} print their result on stdout ({@code --format}): text for people, or the
 * library's JSON form of the same figures for other tools.
 *
 * <pre>{@code
 * segmentkit explain ... --customer 5524 --format json > why.json
 * }</pre>
 */
public enum TextOrJson {
    /** Aligned tables or an indented tree, for people. */
    TEXT,
    /** The result's JSON form (segmentation-insight's {@code toJson()}), for scripts and reports. */
    JSON
}
