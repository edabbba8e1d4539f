/**
 * The text language of segment definitions ({@code .seg}; grammar in {@code docs/definitions.md}): a
 * {@link io.github.segmentkit.definitions.text.Lexer} that turns every bad character into a problem and goes on, a
 * recursive-descent {@link io.github.segmentkit.definitions.text.TextParser} that resolves attribute names against
 * the schema while parsing (the syntax tree is typed) and recovers at the next segment, to report as many problems
 * of a document as it can in one run, and a {@link io.github.segmentkit.definitions.text.TextPrinter} whose canonical
 * output parses back to equal segments.
 *
 * <p>Internal to {@code segmentation-definitions}: use {@code Definitions}. Not API; may change in any release.
 */
package io.github.segmentkit.definitions.text;
