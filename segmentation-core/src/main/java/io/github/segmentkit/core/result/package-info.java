/**
 * Segmentation results held as compressed bitmaps of member rows
 * ({@link io.github.segmentkit.core.result.RoaringSegmentationResult}).
 *
 * <pre>{@code
 * int both = result.intersectionCount("outdoor-young", "high-income");
 * }</pre>
 */
package io.github.segmentkit.core.result;
