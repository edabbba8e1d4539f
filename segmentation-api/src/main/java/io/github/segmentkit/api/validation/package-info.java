/**
 * The checks every segment definition passes before an engine sees it: unknown attributes (with a "did you mean"
 * suggestion), attributes of the wrong kind, impossible ranges, duplicate names, unknown or cyclic segment
 * references, relative dates without an as-of date, and the size limits of
 * {@link io.github.segmentkit.api.validation.DefinitionLimits}. All problems are collected, never only the first.
 *
 * <p>Support for the segmenter builder and the definitions readers, not an API for users: a user meets these
 * checks as a {@link io.github.segmentkit.api.DefinitionException} listing every
 * {@link io.github.segmentkit.api.Problem}. The limits are the documented, stable part.
 */
package io.github.segmentkit.api.validation;
