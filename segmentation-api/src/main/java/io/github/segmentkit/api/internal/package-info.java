/**
 * The checks every segment definition passes before an engine sees it: unknown attributes (with a "did you mean"
 * suggestion), attributes of the wrong kind, impossible ranges, duplicate names, unknown or cyclic segment
 * references, relative dates without an as-of date, and the size limits of
 * {@link io.github.segmentkit.api.DefinitionLimits}. All problems are collected, never only the first.
 *
 * <p>Internal: exported only to SegmentKit's own modules (the segmenter builder, the engine and the definitions
 * readers), and it may change in any release. A user meets these checks as a
 * {@link io.github.segmentkit.api.DefinitionException} listing every {@link io.github.segmentkit.api.Problem}; the
 * limits are the documented, stable part.
 */
package io.github.segmentkit.api.internal;
