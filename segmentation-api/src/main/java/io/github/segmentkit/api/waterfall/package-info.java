/**
 * Exclusive ("waterfall") segmentation: ordered segments, first match wins, a named default bucket, and a report
 * per step. Works on any engine's {@link io.github.segmentkit.api.result.SegmentationResult}.
 *
 * <pre>{@code
 * WaterfallResult buckets = Waterfall.of(List.of("champions", "at_risk"), "everyone_else").assign(result);
 * }</pre>
 */
package io.github.segmentkit.api.waterfall;
